using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Audit;

/// <summary>
/// Tampers with the real SQLite file behind the running service, the way someone with
/// database access would, and expects the verification endpoint to name the ticket.
/// </summary>
public sealed class AuditTamperingTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient supervisor = server.CreateClient(TicketingServer.SupervisorKey);

    [Fact]
    public async Task History_AfterTransitions_ListsEveryChangeWithActorAndLinks()
    {
        var ticket = await TicketWithHistoryAsync();

        var history = await planner.GetFromJsonAsync(new Uri($"/api/tickets/{ticket.Id}/history", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListAuditRecordDto)
            ?? throw new InvalidOperationException("no history");

        Assert.Equal(["Create", "Prediction", "Approve", "Offer"], history.Select(r => r.Action));
        Assert.Equal([1, 2, 3, 4], history.Select(r => r.Sequence));
        Assert.Equal(("test-planner", "planner"), (history[2].Actor, history[2].Role));
        Assert.Contains("\"state\":\"Proposed\"", history[2].Before, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"Approved\"", history[2].After, StringComparison.Ordinal);
        Assert.All(history.Skip(1), (r, i) => Assert.Equal(history[i].Hash, r.PreviousHash));
    }

    [Theory]
    [InlineData("UPDATE AuditRecords SET Actor = 'mallory' WHERE TicketId = $id AND Sequence = 3", "edited")]
    [InlineData("DELETE FROM AuditRecords WHERE TicketId = $id AND Sequence = 2", "missing")]
    [InlineData("DELETE FROM AuditRecords WHERE TicketId = $id AND Sequence = 4", "does not match")]
    [InlineData("UPDATE Tickets SET Priority = 'P0' WHERE Id = $id", "does not match")]
    public async Task Verify_AfterTampering_Returns409NamingTheTicket(string sql, string expected)
    {
        var ticket = await TicketWithHistoryAsync();
        await ExecuteAsync(sql, ticket.Id);

        using var response = await supervisor.GetAsync(new Uri("/api/audit/verify", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync(TicketingJsonContext.Default.AuditVerification);
        Assert.False(report!.Intact);
        Assert.Contains(report.Problems, p => p.TicketId == ticket.Id && p.Problem.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_UntouchedTicket_NotReported()
    {
        var ticket = await TicketWithHistoryAsync();

        using var response = await supervisor.GetAsync(new Uri("/api/audit/verify", UriKind.Relative));

        var report = await response.Content.ReadFromJsonAsync(TicketingJsonContext.Default.AuditVerification);
        Assert.DoesNotContain(report!.Problems, p => p.TicketId == ticket.Id);
        Assert.True(report.RecordsChecked >= 4);
    }

    private async Task<TicketDto> TicketWithHistoryAsync()
    {
        var device = TestPredictions.NewDeviceId();
        using var first = await predictor.PostPredictionAsync(TestPredictions.For(device));
        using var second = await predictor.PostPredictionAsync(TestPredictions.For(device, issuedAt: TestPredictions.DeviceNow.AddHours(1)));
        var ticket = await second.ReadTicketAsync();
        ticket = await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Approve);
        return await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Offer);
    }

    private async Task ExecuteAsync(string sql, Guid ticketId)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = server.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The statements are the test's own constants.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Parameters.AddWithValue("$id", ticketId.ToString().ToUpperInvariant());
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
        supervisor.Dispose();
    }
}
