using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;
using static PredictMaint.Ticketing.Tests.Fixtures.FieldServiceApi;

namespace PredictMaint.Ticketing.Tests.Booking;

/// <summary>
/// A visit walked through the API with customer messages on: the offer sets the ticket Offered,
/// and booking, assignment, departure and completion each send one mail (real SMTP sink) and one
/// SMS (real local gateway listener) in the customer's language with times on the site's clock.
/// </summary>
public sealed class CustomerMessagesTests(CustomerMessagesServer server) : IClassFixture<CustomerMessagesServer>, IDisposable
{
    private readonly string phone = "+86138" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient dispatch = server.CreateClient(TicketingServer.DispatchKey);
    private readonly string region = NewId("region");
    private readonly string site = NewId("site");

    [Fact]
    public async Task Visit_ChineseCustomer_OneMailAndOneSmsPerStepInOrderWithShanghaiTimes()
    {
        var (device, offered) = await OfferedAsync();
        Assert.True(offered.Sla!.Paused);

        var offerMail = Assert.Single(await CustomerMail.WaitForAsync(server.Smtp, device, 1));
        await BookFirstSlotAsync(offered.Id, CustomerMail.TokenIn(offerMail, "offer"));
        var ticket = await TicketAsync(offered.Id);
        ticket = await dispatch.TransitionOkAsync(ticket, $$"""{"action":"assign","technician_id":"tech-{{region}}"}""");
        ticket = await dispatch.TransitionOkAsync(ticket, """{"action":"depart"}""");
        ticket = await dispatch.TransitionOkAsync(ticket, """{"action":"arrive"}""");
        await dispatch.TransitionOkAsync(ticket, """{"action":"resolve","findings":{"part_replaced":"FLT-200","condition":"confirms_prediction","readings_after_fix":{"pressure_drop_kpa":20.5}}}""");

        var mails = await CustomerMail.WaitForAsync(server.Smtp, device, 5);
        var sms = await Eventually.WaitAsync(() => Task.FromResult(server.Sms.Received.Where(m => m.To == phone).ToList()), m => m.Count >= 5, TimeSpan.FromSeconds(30), "5 SMS");

        // Monday 08:00-09:00 on the Shanghai clock (00:00 UTC): the technician's first working hour there.
        const string Window = "2040年1月2日（星期一）08:00–09:00";
        Assert.Equal(5, mails.Count);
        Assert.Contains("预约", mails[0].Subject, StringComparison.Ordinal);
        Assert.Equal($"您的滤芯上门服务已预约：{Window}", mails[1].Subject);
        Assert.Equal($"Tech tech-{region}将于 {Window} 为您上门服务", mails[2].Subject);
        Assert.Equal($"Tech tech-{region}正在前往您处", mails[3].Subject);
        Assert.Equal("您的滤芯上门服务已完成，请确认", mails[4].Subject);
        Assert.All(mails.Skip(1), m => Assert.Equal(offered.Id, StatusLinkTicket(CustomerMail.TokenIn(m, "status"))));
        Assert.All(mails, m => Assert.Equal("zh-CN", m.Header("Content-Language")));
        Assert.Equal(5, sms.Count);
        Assert.Equal(5, sms.Select(m => m.Key).Distinct().Count());
        Assert.All(sms, m => Assert.Equal("zh-CN", m.Language));
        Assert.Contains("/offer/", sms[0].Text, StringComparison.Ordinal);
        Assert.All(sms.Skip(1), m => Assert.Contains("/status/", m.Text, StringComparison.Ordinal));
        Assert.Equal(0, server.Sms.BadSignatures);
    }

    [Fact]
    public async Task Offer_SmsGatewayFailing_MailGoesOutAndSmsFollowsOnceAfterBackoff()
    {
        server.Sms.Failing = true;
        string device;
        try
        {
            (device, var offered) = await OfferedAsync();
            Assert.Single(await CustomerMail.WaitForAsync(server.Smtp, device, 1));
            await Eventually.WaitAsync(() => Task.FromResult(SmsRow(offered.Id)), row => row is { Attempts: >= 1, LastError: not null }, TimeSpan.FromSeconds(30), "a failed SMS attempt");
        }
        finally
        {
            server.Sms.Failing = false;
        }

        var before = server.Sms.Received.Count;
        server.Clock.Now += TimeSpan.FromMinutes(5);
        await Eventually.WaitAsync(() => Task.FromResult(server.Sms.Received.Count), n => n > before, TimeSpan.FromSeconds(30), "the SMS after the backoff");

        Assert.Single(server.Sms.Received, m => m.To == phone);
        Assert.Single(server.Smtp.Mails(), m => m.Body.Contains(device, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        admin.Dispose();
        planner.Dispose();
        dispatch.Dispose();
    }

    private async Task<(string Device, TicketDto Offered)> OfferedAsync()
    {
        using var put = await admin.PutAsync(new Uri($"/api/sites/{site}", UriKind.Relative), new StringContent(
            $$"""{"customer_id":"c-{{site}}","customer_name":"王女士","region":"{{region}}","time_zone":"Asia/Shanghai","latitude":31.23,"longitude":121.47,"language":"zh-CN","email":"wang@{{site}}.example.com","phone":"{{phone}}"}""",
            System.Text.Encoding.UTF8, "application/json"));
        put.EnsureSuccessStatusCode();
        await admin.PutTechnicianAsync("tech-" + region, region);
        await admin.PutDepotAsync("depot-" + region, region, 5);
        var device = TestPredictions.NewDeviceId();
        using var predictor = server.CreateClient(TicketingServer.PredictorKey);
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(device, issuedAt: server.Clock.Now) with { SiteId = site });
        var ticket = await planner.TransitionOkAsync(await posted.ReadTicketAsync(), """{"action":"approve"}""");
        var offered = await Eventually.WaitAsync(() => TicketAsync(ticket.Id), t => t.State == TicketState.Offered, TimeSpan.FromSeconds(30), "the relay to offer the ticket");
        return (device, offered);
    }

    private async Task BookFirstSlotAsync(Guid ticketId, string token)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var visits = scope.ServiceProvider.GetRequiredService<CustomerVisitStore>();
        var link = scope.ServiceProvider.GetRequiredService<OfferLinkSigner>().Verify(token);
        Assert.Equal((OfferLinkCheck.Valid, ticketId), (link.Check, link.TicketId));
        var slots = await visits.SlotsAsync(ticketId);
        Assert.Equal(new DateTimeOffset(2040, 1, 2, 0, 0, 0, TimeSpan.Zero), slots[0].Start);
        var (outcome, reason) = await visits.BookAsync(link, CustomerSlots.Key(slots[0]));
        Assert.True(outcome == CustomerVisitOutcome.Done, reason);
    }

    private OfferNotification? SmsRow(Guid ticketId)
    {
        using var scope = server.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PredictMaint.Ticketing.Persistence.TicketingDbContext>().OfferNotifications
            .AsNoTracking().SingleOrDefault(n => n.TicketId == ticketId && n.Channel == WebhookSmsNotifier.SmsChannel);
    }

    private Guid StatusLinkTicket(string token)
    {
        var link = server.Services.GetRequiredService<OfferLinkSigner>().Verify(token);
        Assert.Equal((OfferLinkCheck.Valid, OfferLinkPurpose.Status), (link.Check, link.Purpose));
        return link.TicketId;
    }

    private async Task<TicketDto> TicketAsync(Guid id)
    {
        using var response = await planner.GetAsync(new Uri($"/api/tickets/{id}", UriKind.Relative));
        return await response.ReadTicketAsync();
    }
}
