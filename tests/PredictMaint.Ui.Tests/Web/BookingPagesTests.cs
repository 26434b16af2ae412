using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PredictMaint.Testing.Mail;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ui.Tests.Fixtures;

namespace PredictMaint.Ui.Tests.Web;

/// <summary>
/// The customer's side end to end in Chromium: a planner approves, the offer mail arrives at the
/// real SMTP sink, the customer books a slot on a phone-sized page, the planner sees it booked
/// with the part reserved, the visit's step mails arrive, and the customer follows the visit on
/// the status page, rates it and confirms completion. Reused, forged and expired links are refused.
/// </summary>
[Collection(UiGroup.Name)]
public sealed partial class BookingPagesTests(UiServer server)
{
    private const string Resolve = """{"action":"resolve","findings":{"part_replaced":"FLT-200","condition":"confirms_prediction","readings_after_fix":{"pressure_drop_kpa":20.5}}}""";

    [Fact]
    public async Task Offer_BookInBrowser_PlannerSeesBookedAndReserved_CustomerFollowsRatesAndConfirms()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (site, region, technician, depot, email) = ("site-" + suffix, "region-" + suffix, "tech-" + suffix, "depot-" + suffix, $"owner@site-{suffix}.example.com");
        await server.AddSiteAsync(site, email, region: region);
        await FieldCrew.AddAsync(server, region, technician, depot, filters: 3);
        var device = Predictions.NewDeviceId();
        var id = await server.ProposeAsync(Predictions.For(device, server.Clock.Now, site: site));

        await using var planner = await server.NewContextAsync();
        var plannerPage = await planner.NewPageAsync();
        await SignIn.AsAsync(plannerPage, UiServer.PlannerName, UiServer.PlannerPassword);
        await plannerPage.GotoAsync($"/planner/tickets/{id}");
        await plannerPage.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        var offerLink = OfferMails.LinkIn(Assert.Single(await MailsAsync(email, 1)));
        await Eventually.WaitAsync(() => server.StateOfAsync(id), s => s == "Offered", TimeSpan.FromSeconds(30), "the ticket offered once the mail went out");

        await using var phone = await server.NewContextAsync(width: 390, height: 844);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(offerLink.ToString());
        var slots = page.Locator("#slots input[type=radio]");
        Assert.True(await slots.CountAsync() >= 3, "at least three slots");
        await Screenshots.SaveAsync(page, "booking");
        var chosen = await page.Locator("#slots label").Nth(1).InnerTextAsync();
        await slots.Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/status/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync("booked");
        await Assertions.Expect(page.Locator("#current-step")).ToHaveTextAsync("Booked");
        Assert.Equal(chosen.Trim(), (await page.Locator("#window").InnerTextAsync()).Trim());

        await plannerPage.GotoAsync($"/planner/tickets/{id}");
        await Assertions.Expect(plannerPage.Locator("#state")).ToHaveTextAsync("Booked");
        await Assertions.Expect(plannerPage.Locator("#reservation")).ToContainTextAsync($"FLT-200 from {depot}: Active");
        await Assertions.Expect(plannerPage.Locator("#booked-technician")).ToContainTextAsync(technician);
        Assert.Equal((3, 1), await FieldCrew.FiltersAsync(server, depot));

        var reused = await page.GotoAsync(offerLink.ToString());
        Assert.Equal((int)HttpStatusCode.Gone, reused!.Status);
        await Assertions.Expect(page.Locator("#link-problem")).ToContainTextAsync("already been used");
        Assert.Equal(0, await page.Locator("form").CountAsync());

        await TransitionAsync(UiServer.PlannerKey, id, $$"""{"action":"assign","technician_id":"{{technician}}"}""");
        await TransitionAsync(UiServer.DispatchKey, id, """{"action":"depart"}""");
        await TransitionAsync(UiServer.DispatchKey, id, """{"action":"arrive"}""");
        await TransitionAsync(UiServer.DispatchKey, id, Resolve);
        var mails = await MailsAsync(email, 5);
        Assert.StartsWith("Your filter visit is booked: ", mails[1].Subject, StringComparison.Ordinal);
        Assert.Equal($"{FieldCrew.TechnicianName} will do your filter visit on {chosen.Trim()}", mails[2].Subject);
        Assert.Equal($"{FieldCrew.TechnicianName} is on the way", mails[3].Subject);
        Assert.Equal("Your filter visit is done: please confirm", mails[4].Subject);

        var statusLink = StatusLink().Match(mails[4].Body).Value;
        await page.GotoAsync(statusLink);
        await Assertions.Expect(page.Locator("#current-step")).ToHaveTextAsync("Done");
        await Assertions.Expect(page.Locator("#technician")).ToHaveTextAsync(FieldCrew.TechnicianName);
        await Assertions.Expect(page.Locator("#window")).ToHaveTextAsync(chosen.Trim());
        await Screenshots.SaveAsync(page, "status");
        await page.GetByLabel("5", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("The main reason").SelectOptionAsync(new SelectOptionValue { Label = "On time" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my rating" }).ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync("rating");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, confirm the work is done" }).ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync("confirming");

        Assert.Equal("Closed", await server.StateOfAsync(id));
        Assert.Equal((5, "On time"), Rating(id));
        Assert.Equal((2, 0), await FieldCrew.FiltersAsync(server, depot));
        await Assertions.Expect(page.Locator("#confirm")).ToContainTextAsync("Is the work done?");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Yes, confirm the work is done" }).CountAsync());
    }

    [Fact]
    public async Task StatusLink_ForgedOrExpired_FriendlyPageWithoutData()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (site, region, email) = ("site-" + suffix, "region-" + suffix, $"owner@site-{suffix}.example.com");
        await server.AddSiteAsync(site, email, region: region);
        await FieldCrew.AddAsync(server, region, "tech-" + suffix, "depot-" + suffix, filters: 1);
        var device = Predictions.NewDeviceId();
        var id = await server.ProposeAsync(Predictions.For(device, server.Clock.Now, site: site));
        await TransitionAsync(UiServer.PlannerKey, id, """{"action":"approve"}""");
        var offerLink = OfferMails.LinkIn(Assert.Single(await MailsAsync(email, 1)));
        await Eventually.WaitAsync(() => server.StateOfAsync(id), s => s == "Offered", TimeSpan.FromSeconds(30), "the ticket offered");
        await using var phone = await server.NewContextAsync(width: 390, height: 844);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(offerLink.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/status/", StringComparison.Ordinal));
        var status = new Uri(page.Url);
        var token = status.Segments[^1];

        var forged = await page.GotoAsync($"/status/{token[..^2]}{(token[^2] == 'A' ? "B" : "A")}{token[^1]}");
        Assert.Equal((int)HttpStatusCode.NotFound, forged!.Status);
        await Assertions.Expect(page.Locator("#link-problem")).ToContainTextAsync("does not work");
        await AssertNoTicketDataAsync(page, device, site);
        // A booking link is not a status link, nor the other way round: the purpose is signed.
        Assert.Equal((int)HttpStatusCode.NotFound, (await page.GotoAsync($"/offer/{token}"))!.Status);

        var issued = server.Clock.Now;
        try
        {
            server.Clock.Now = issued + TimeSpan.FromDays(31);
            var expired = await page.GotoAsync(status.ToString());
            Assert.Equal((int)HttpStatusCode.Gone, expired!.Status);
            await Assertions.Expect(page.Locator("#link-problem")).ToContainTextAsync("expired");
            await AssertNoTicketDataAsync(page, device, site);
        }
        finally
        {
            server.Clock.Now = issued;
        }
    }

    private async Task<List<CapturedMail>> MailsAsync(string recipient, int count) =>
        await Eventually.WaitAsync(
            () => Task.FromResult(server.Smtp.Mails().Where(m => m.To.Contains(recipient, StringComparison.OrdinalIgnoreCase)).ToList()),
            found => found.Count >= count,
            TimeSpan.FromSeconds(30),
            $"{count} mails to {recipient}");

    private async Task TransitionAsync(string key, Guid id, string json)
    {
        var version = (await server.TicketAsync(id)).GetProperty("version").GetInt32();
        using var client = server.CreateClient(key);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tickets/{id}/transitions", UriKind.Relative))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{json}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private (int Score, string Reason) Rating(Guid id)
    {
        using var scope = server.Services.CreateScope();
        var rating = scope.ServiceProvider.GetRequiredService<TicketingDbContext>().CustomerRatings.AsNoTracking().Single(r => r.TicketId == id);
        return (rating.Score, rating.Reason);
    }

    private static async Task AssertNoTicketDataAsync(IPage page, string device, string site)
    {
        var html = await page.ContentAsync();
        Assert.DoesNotContain(device, html, StringComparison.Ordinal);
        Assert.DoesNotContain(site, html, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form").CountAsync());
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/status/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex StatusLink();
}
