using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PredictMaint.Ui.Tests.Fixtures;

namespace PredictMaint.Ui.Tests.Web;

/// <summary>
/// From a planner's approval in the browser to the customer's mail (real SMTP sink) and the
/// signed link's landing page on a phone-sized screen; forged, expired and reused links.
/// </summary>
[Collection(UiGroup.Name)]
public sealed class OfferPagesTests(UiServer server)
{
    [Fact]
    public async Task Approve_InBrowser_MailCapturedLinkOpensOfferDeclineRequeuesThenLinkUsed()
    {
        var (site, email) = NewSite();
        await server.AddSiteAsync(site, email);
        var device = Predictions.NewDeviceId();
        var id = await server.ProposeAsync(Predictions.For(device, server.Clock.Now, site: site));
        await using var planner = await server.NewContextAsync();
        var plannerPage = await planner.NewPageAsync();
        await SignIn.AsAsync(plannerPage, UiServer.PlannerName, UiServer.PlannerPassword);
        await plannerPage.GotoAsync($"/planner/tickets/{id}");
        await plannerPage.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        // The page after the click may already show the offer relay's next step: the site has an address.
        await Assertions.Expect(plannerPage.Locator("#state")).ToHaveTextAsync(new Regex("^(Approved|Offered)$"));

        var mail = await OfferMails.WaitForAsync(server, email);
        Assert.Contains("filter", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(device, mail.Body, StringComparison.Ordinal);
        Assert.Contains("free labour", mail.Body, StringComparison.Ordinal);
        var link = OfferMails.LinkIn(mail);

        await using var phone = await server.NewContextAsync(width: 390, height: 844);
        var page = await phone.NewPageAsync();
        var response = await page.GotoAsync(link.ToString());
        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        await Assertions.Expect(page.Locator("#offer-reason")).ToContainTextAsync(device);
        await Assertions.Expect(page.Locator("#latest-safe-date")).ToHaveTextAsync("22 March 2031");
        await Screenshots.SaveAsync(page, "customer-offer");

        await page.GetByLabel("Reason").SelectOptionAsync("NotConvenient");
        await page.GetByLabel("Anything else (optional)").FillAsync("Away until April");
        await page.GetByRole(AriaRole.Button, new() { Name = "Decline this offer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#declined")).ToBeVisibleAsync();
        var ticket = await server.TicketAsync(id);
        Assert.True(ticket.GetProperty("needs_review").GetBoolean());
        Assert.Contains("Customer declined the offer: NotConvenient (Away until April)", ticket.GetProperty("review_note").GetString(), StringComparison.Ordinal);
        await plannerPage.GotoAsync($"/planner?site={site}");
        await Assertions.Expect(plannerPage.Locator($"tr[data-ticket='{id}']")).ToContainTextAsync("review");

        var again = await page.GotoAsync(link.ToString());
        Assert.Equal((int)HttpStatusCode.Gone, again!.Status);
        await Assertions.Expect(page.Locator("#link-problem")).ToContainTextAsync("already been used");
        await AssertNoTicketDataAsync(page, device, site);
    }

    [Fact]
    public async Task ForgedLink_FriendlyPageWithoutData()
    {
        var (device, site, link) = await ApprovedOfferAsync();
        var token = link.Segments[^1];
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        await using var context = await server.NewContextAsync(width: 390, height: 844);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync($"/offer/{forged}");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Assertions.Expect(page.Locator("#link-problem")).ToContainTextAsync("does not work");
        await AssertNoTicketDataAsync(page, device, site);
        Assert.Equal((int)HttpStatusCode.NotFound, (await page.GotoAsync("/offer/not-a-token"))!.Status);
    }

    [Fact]
    public async Task ExpiredLink_FriendlyPageWithoutData()
    {
        var (device, site, link) = await ApprovedOfferAsync();
        await using var context = await server.NewContextAsync(width: 390, height: 844);
        var page = await context.NewPageAsync();
        Assert.Equal((int)HttpStatusCode.OK, (await page.GotoAsync(link.ToString()))!.Status);
        var issued = server.Clock.Now;
        try
        {
            server.Clock.Now = issued + UiServer.LinkLifetime + TimeSpan.FromSeconds(1);

            var response = await page.GotoAsync(link.ToString());

            Assert.Equal((int)HttpStatusCode.Gone, response!.Status);
            await Assertions.Expect(page.Locator("#link-problem")).ToContainTextAsync("expired");
            await AssertNoTicketDataAsync(page, device, site);
        }
        finally
        {
            server.Clock.Now = issued;
        }
    }

    [Fact]
    public async Task ChineseCustomer_MailAndPageInChineseWithDateInSiteTimeZone()
    {
        var (site, email) = NewSite();
        await server.AddSiteAsync(site, email, language: "zh-CN", timeZone: "Asia/Shanghai");
        // 20:00 UTC on 23 March is already 24 March in Shanghai: the latest safe date is the 23rd there (the 22nd in UTC).
        var windowStart = new DateTimeOffset(2031, 3, 23, 20, 0, 0, TimeSpan.Zero);
        var prediction = Predictions.For(Predictions.NewDeviceId(), server.Clock.Now, site: site) with
        {
            FailureWindowStart = windowStart, PredictedFailureAt = windowStart.AddDays(1), FailureWindowEnd = windowStart.AddDays(2),
        };
        var id = await server.ProposeAsync(prediction);
        await ApproveByApiAsync(id);

        var mail = await OfferMails.WaitForAsync(server, email);

        Assert.Contains("2031年3月23日", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("滤芯", mail.Body, StringComparison.Ordinal);
        await using var context = await server.NewContextAsync(width: 390, height: 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync(OfferMails.LinkIn(mail).ToString());
        await Assertions.Expect(page.Locator("#latest-safe-date")).ToHaveTextAsync("2031年3月23日");
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task SmtpDown_OfferKeptAndSentWhenSmtpReturns()
    {
        var (site, email) = NewSite();
        await server.AddSiteAsync(site, email);
        var id = await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now, site: site));
        await server.Smtp.StopAsync();
        try
        {
            await ApproveByApiAsync(id);
            await Testing.Waiting.Eventually.WaitAsync(
                () => Task.FromResult(server.Offers(id)),
                offer => offer is { Attempts: >= 1, LastError: not null },
                TimeSpan.FromSeconds(30),
                "a failed first attempt");
        }
        finally
        {
            await server.Smtp.StartAsync();
        }

        Assert.DoesNotContain(server.Smtp.Mails(), m => m.To.Contains(email, StringComparison.Ordinal));
        server.Clock.Now += UiServer.InitialBackoff * 2;
        var mail = await OfferMails.WaitForAsync(server, email);
        Assert.NotNull(OfferMails.LinkIn(mail));
    }

    private async Task<(string Device, string Site, Uri Link)> ApprovedOfferAsync()
    {
        var (site, email) = NewSite();
        await server.AddSiteAsync(site, email);
        var device = Predictions.NewDeviceId();
        var id = await server.ProposeAsync(Predictions.For(device, server.Clock.Now, site: site));
        await ApproveByApiAsync(id);
        return (device, site, OfferMails.LinkIn(await OfferMails.WaitForAsync(server, email)));
    }

    private async Task ApproveByApiAsync(Guid id)
    {
        using var planner = server.CreateClient(UiServer.PlannerKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tickets/{id}/transitions", UriKind.Relative))
        {
            Content = new StringContent("{\"action\":\"approve\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        using var response = await planner.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static (string Site, string Email) NewSite()
    {
        var site = "site-" + Guid.NewGuid().ToString("N")[..10];
        return (site, $"owner@{site}.example.com");
    }

    private static async Task AssertNoTicketDataAsync(IPage page, string device, string site)
    {
        var html = await page.ContentAsync();
        Assert.DoesNotContain(device, html, StringComparison.Ordinal);
        Assert.DoesNotContain(site, html, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form").CountAsync());
    }
}
