using System.Net;
using System.Net.Http.Json;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

/// <summary>Runs on SQLite (<see cref="TransitionEndpointsTestsOnSqlite"/>) and PostgreSQL (<see cref="TransitionEndpointsTestsOnPostgres"/>).</summary>
public abstract class TransitionEndpointsTests(TicketingServer server) : IDisposable
{
    public const string Approve = """{"action":"approve"}""";
    public const string Offer = """{"action":"offer"}""";
    public const string Book = """{"action":"book","slot_start":"2040-01-05T09:00:00Z"}""";
    public const string Assign = """{"action":"assign","technician_id":"crew-07"}""";
    public const string Depart = """{"action":"depart"}""";
    public const string Arrive = """{"action":"arrive"}""";
    public const string Resolve = """{"action":"resolve","findings":{"part_replaced":"FLT-200","condition":"confirms_prediction","readings_after_fix":{"pressure_drop_kpa":20.5}}}""";
    public const string Close = """{"action":"close","customer_confirmed":true}""";

    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient secondPlanner = server.CreateClient(TicketingServer.SecondPlannerKey);
    private readonly HttpClient technician = server.CreateClient(TicketingServer.TechnicianKey);

    [Fact]
    public async Task Post_FullLifecycle_ClosesWithFindingsAndETags()
    {
        var ticket = await NewTicketAsync();

        foreach (var (client, body) in new[] { (planner, Approve), (planner, Offer), (planner, Book), (planner, Assign), (technician, Depart), (technician, Arrive), (technician, Resolve), (planner, Close) })
        {
            var next = await client.TransitionOkAsync(ticket, body);
            Assert.Equal(ticket.Version + 1, next.Version);
            ticket = next;
        }

        Assert.Equal(TicketState.Closed, ticket.State);
        Assert.Equal(("FLT-200", "ConfirmsPrediction", "pressure_drop_kpa=20.5"), (ticket.PartReplaced, ticket.FindingCondition, ticket.ReadingsAfterFix));
        Assert.Equal(server.Clock.Now, ticket.ClosedAt);
        using var fetched = await planner.GetAsync(new Uri($"/api/tickets/{ticket.Id}", UriKind.Relative));
        Assert.Equal($"\"{ticket.Version}\"", fetched.Headers.ETag?.Tag);
        Assert.Empty(server.Log.Errors);
    }

    [Fact]
    public async Task Post_TwoPlannersApproveSameVersion_OneWinsOtherGets412()
    {
        var ticket = await NewTicketAsync();

        var responses = await Task.WhenAll(
            planner.TransitionAsync(ticket.Id, ticket.Version, Approve),
            secondPlanner.TransitionAsync(ticket.Id, ticket.Version, Approve));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.PreconditionFailed],
            responses.Select(r => r.StatusCode).Order());
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.PreconditionFailed);
        Assert.Equal($"\"{ticket.Version + 1}\"", loser.Headers.ETag?.Tag);
        var history = await planner.GetFromJsonAsync(new Uri($"/api/tickets/{ticket.Id}/history", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListAuditRecordDto);
        Assert.Single(history!, r => r.Action == "Approve");
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_WithoutIfMatch_Returns428()
    {
        var ticket = await NewTicketAsync();

        using var response = await planner.TransitionAsync(ticket.Id, version: null, Approve);

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Post_IllegalTransition_Returns409WithReason()
    {
        var ticket = await NewTicketAsync();

        using var response = await planner.TransitionAsync(ticket.Id, ticket.Version, Close);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Proposed", await response.ReadProblemDetailAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TechnicianApproves_Returns403NamingTheRole()
    {
        var ticket = await NewTicketAsync();

        using var response = await technician.TransitionAsync(ticket.Id, ticket.Version, Approve);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("technician", await response.ReadProblemDetailAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RejectWithoutReasonCode_Returns422()
    {
        var ticket = await NewTicketAsync();

        using var response = await planner.TransitionAsync(ticket.Id, ticket.Version, """{"action":"reject"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("reason code", await response.ReadProblemDetailAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RejectWithReasonCode_StoresIt()
    {
        var ticket = await NewTicketAsync();

        var rejected = await planner.TransitionOkAsync(ticket, """{"action":"reject","reason_code":"already_serviced"}""");

        Assert.Equal((TicketState.Rejected, "AlreadyServiced"), (rejected.State, rejected.RejectionReason));
    }

    [Theory]
    [InlineData("""{"action":"fly"}""", "action")]
    [InlineData("""{"action":"reject","reason_code":"bored"}""", "reason_code")]
    [InlineData("""{"action":"resolve","findings":{"condition":"meh"}}""", "findings.condition")]
    public async Task Post_MalformedField_Returns400NamingIt(string body, string field)
    {
        var ticket = await NewTicketAsync();

        using var response = await planner.TransitionAsync(ticket.Id, ticket.Version, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ReadProblemFieldsAsync());
    }

    [Fact]
    public async Task Post_UnknownTicket_Returns404()
    {
        using var response = await planner.TransitionAsync(Guid.NewGuid(), 1, Approve);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<TicketDto> NewTicketAsync()
    {
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
        return await posted.ReadTicketAsync();
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        foreach (var client in new[] { predictor, planner, secondPlanner, technician })
        {
            client.Dispose();
        }
    }
}
