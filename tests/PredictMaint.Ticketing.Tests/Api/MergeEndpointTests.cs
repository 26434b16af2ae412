using System.Net;
using System.Net.Http.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class MergeEndpointTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient technician = server.CreateClient(TicketingServer.TechnicianKey);
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);

    [Fact]
    public async Task Post_DuplicateIntoOpenTicket_DuplicateCancelledTargetTakesUrgentPriorityBothAudited()
    {
        var device = TestPredictions.NewDeviceId();
        var target = await PredictAsync(device, Component.Filter, leadTimeHours: 200);
        var duplicate = await PredictAsync(device, Component.Pump, leadTimeHours: 10);
        Assert.Equal((Priority.P3, Priority.P1), (target.Priority, duplicate.Priority));

        using var response = await planner.MergeAsync(duplicate, target.Id, "one leak, two tickets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = await response.ReadTicketAsync();
        Assert.Equal((TicketState.Cancelled, target.Id), (merged.State, merged.MergedIntoId));
        Assert.Contains("one leak, two tickets", merged.Note, StringComparison.Ordinal);
        var after = await planner.GetFromJsonAsync(new Uri($"/api/tickets/{target.Id}", UriKind.Relative), TicketingJsonContext.Default.TicketDto);
        Assert.Equal((TicketState.Proposed, Priority.P1, target.Version + 1), (after!.State, after.Priority, after.Version));
        Assert.Equal("MergedInto", (await HistoryAsync(duplicate.Id))[^1].Action);
        Assert.Equal(("MergedFrom", "test-planner"), ((await HistoryAsync(target.Id))[^1].Action, (await HistoryAsync(target.Id))[^1].Actor));
        using var verify = await admin.GetAsync(new Uri("/api/audit/verify", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
    }

    [Fact]
    public async Task Post_IntoItselfOrAClosedTicket_409AndNothingChanges()
    {
        var device = TestPredictions.NewDeviceId();
        var duplicate = await PredictAsync(device, Component.Pump, leadTimeHours: 10);
        var rejected = await planner.TransitionOkAsync(await PredictAsync(device, Component.Filter, leadTimeHours: 200), """{"action":"reject","reason_code":"false_alarm"}""");

        using var itself = await planner.MergeAsync(duplicate, duplicate.Id);
        using var closed = await planner.MergeAsync(duplicate, rejected.Id);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (itself.StatusCode, closed.StatusCode));
        Assert.Contains("merge into an open ticket", await closed.ReadProblemDetailAsync(), StringComparison.Ordinal);
        var unchanged = await planner.GetFromJsonAsync(new Uri($"/api/tickets/{duplicate.Id}", UriKind.Relative), TicketingJsonContext.Default.TicketDto);
        Assert.Equal((TicketState.Proposed, duplicate.Version, null), (unchanged!.State, unchanged.Version, unchanged.MergedIntoId));
    }

    [Fact]
    public async Task Post_TechnicianOrStaleVersion_RefusedByCancelRuleAndVersion()
    {
        var device = TestPredictions.NewDeviceId();
        var target = await PredictAsync(device, Component.Filter, leadTimeHours: 200);
        var duplicate = await PredictAsync(device, Component.Pump, leadTimeHours: 10);

        using var byTechnician = await technician.MergeAsync(duplicate, target.Id);
        using var stale = await planner.MergeAsync(duplicate with { Version = duplicate.Version - 1 }, target.Id);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.PreconditionFailed), (byTechnician.StatusCode, stale.StatusCode));
        Assert.Contains("may not Cancel", await byTechnician.ReadProblemDetailAsync(), StringComparison.Ordinal);
    }

    private async Task<TicketDto> PredictAsync(string device, string component, double leadTimeHours)
    {
        using var response = await predictor.PostPredictionAsync(TestPredictions.For(device, component, leadTimeHours));
        return await response.ReadTicketAsync();
    }

    private async Task<IReadOnlyList<AuditRecordDto>> HistoryAsync(Guid id) =>
        (await planner.GetFromJsonAsync(new Uri($"/api/tickets/{id}/history", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListAuditRecordDto))!;

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
        technician.Dispose();
        admin.Dispose();
    }
}
