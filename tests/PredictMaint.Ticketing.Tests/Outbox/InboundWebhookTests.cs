using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Outbox;

public sealed class InboundWebhookTests(RelayTicketingServer server) : IClassFixture<RelayTicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient anonymous = server.CreateClient(apiKey: null);

    [Fact]
    public async Task Post_ForgedSignature_Returns401AndChangesNothing()
    {
        var ticket = await BookedTicketAsync();
        var body = Update(ticket.Id, "evt-" + Guid.NewGuid(), "assigned", 1);

        using var response = await SendAsync(body, secret: "not-the-inbound-secret-at-all");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(TicketState.Booked, (await GetAsync(ticket.Id)).State);
    }

    [Fact]
    public async Task Post_TamperedBodyAfterSigning_Returns401()
    {
        var ticket = await BookedTicketAsync();
        var signed = Update(ticket.Id, "evt-" + Guid.NewGuid(), "assigned", 1);
        var (timestamp, signature) = Sign(signed, RelayTicketingServer.InboundSecret, server.Clock.Now);

        using var response = await SendAsync(signed.Replace("crew-09", "tech-6", StringComparison.Ordinal), timestamp: timestamp, signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ReplayedOldSignature_Returns401()
    {
        var ticket = await BookedTicketAsync();

        using var response = await SendAsync(Update(ticket.Id, "evt-" + Guid.NewGuid(), "assigned", 1), at: server.Clock.Now.AddMinutes(-6));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_UpdatesOutOfOrderAndRepeated_EndsInNewestStateOnce()
    {
        var ticket = await BookedTicketAsync();
        var onSite = Update(ticket.Id, "evt-3-" + Guid.NewGuid(), "on_site", 3);

        var outcomes = new List<string>();
        foreach (var body in new[] { onSite, Update(ticket.Id, "evt-2-" + Guid.NewGuid(), "en_route", 2), onSite })
        {
            using var response = await SendAsync(body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            outcomes.Add(json.RootElement.GetProperty("outcome").GetString()!);
        }

        Assert.Equal(["applied", "stale", "duplicate"], outcomes);
        var current = await GetAsync(ticket.Id);
        Assert.Equal((TicketState.OnSite, "crew-09"), (current.State, current.TechnicianId));
        Assert.Equal(ticket.Version + 3, current.Version);
    }

    [Fact]
    public async Task Post_StatusNotInMap_Returns400()
    {
        var ticket = await BookedTicketAsync();

        using var response = await SendAsync(Update(ticket.Id, "evt-" + Guid.NewGuid(), "teleported", 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["status"], await response.ReadProblemFieldsAsync());
    }

    [Fact]
    public async Task Post_IllegalForState_Returns409()
    {
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
        var proposed = await posted.ReadTicketAsync();

        using var response = await SendAsync(Update(proposed.Id, "evt-" + Guid.NewGuid(), "on_site", 1));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Post_Booked_ReservesThePartLikeTheApi()
    {
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
        var ticket = await posted.ReadTicketAsync();
        ticket = await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Approve);
        ticket = await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Offer);
        var body = $$"""{"event_id":"evt-{{Guid.NewGuid()}}","ticket_id":"{{ticket.Id}}","status":"booked","sequence":1,"slot_start":"2040-01-03T10:00:00Z"}""";

        using var response = await SendAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var booked = await GetAsync(ticket.Id);
        Assert.Equal((TicketState.Booked, "Active", FieldServiceSeed.DepotId), (booked.State, booked.ReservationStatus, booked.ReservedDepotId));
    }

    private static string Update(Guid ticketId, string eventId, string status, long sequence) =>
        $$"""{"event_id":"{{eventId}}","ticket_id":"{{ticketId}}","status":"{{status}}","sequence":{{sequence}},"technician_id":"crew-09"}""";

    private static (string Timestamp, string Signature) Sign(string body, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body));
        return (timestamp, "sha256=" + Convert.ToHexStringLower(mac));
    }

    private async Task<HttpResponseMessage> SendAsync(string body, string? secret = null, DateTimeOffset? at = null, string? timestamp = null, string? signature = null)
    {
        var signed = Sign(body, secret ?? RelayTicketingServer.InboundSecret, at ?? server.Clock.Now);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/webhooks/dispatch", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-PredictMaint-Timestamp", timestamp ?? signed.Timestamp);
        request.Headers.Add("X-PredictMaint-Signature", signature ?? signed.Signature);
        return await anonymous.SendAsync(request);
    }

    private async Task<TicketDto> BookedTicketAsync()
    {
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
        var ticket = await posted.ReadTicketAsync();
        foreach (var body in new[] { TransitionEndpointsTests.Approve, TransitionEndpointsTests.Offer, TransitionEndpointsTests.Book })
        {
            ticket = await planner.TransitionOkAsync(ticket, body);
        }

        return ticket;
    }

    private async Task<TicketDto> GetAsync(Guid id)
    {
        using var response = await planner.GetAsync(new Uri($"/api/tickets/{id}", UriKind.Relative));
        return await response.ReadTicketAsync();
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
        anonymous.Dispose();
    }
}
