using System.Net;
using Microsoft.Data.Sqlite;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Audit;

/// <summary>The export endpoint on the real service, checked offline by the verification command; tampering flips its exit code.</summary>
public sealed class AuditExportTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient supervisor = server.CreateClient(TicketingServer.SupervisorKey);
    private readonly string file = Path.Combine(Path.GetTempPath(), "pm-audit-export-" + Guid.NewGuid().ToString("N") + ".jsonl");

    [Fact]
    public async Task Export_FullHistory_OneLinePerRecordAndVerifiesIntact()
    {
        var ticket = await TicketWithHistoryAsync();

        var lines = await ExportAsync(string.Empty);
        var (code, output) = await RunAsync("verify", "--file", file, "--full");

        Assert.Equal(4, lines.Count(l => l.Contains(ticket.ToString("D"), StringComparison.Ordinal)));
        Assert.Equal(0, code);
        Assert.Contains("intact=true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_EditedLine_VerifyExits1NamingTheTicket()
    {
        var ticket = await TicketWithHistoryAsync();
        var lines = (await ExportAsync(string.Empty)).ToArray();
        var index = Array.FindIndex(lines, l => l.Contains(ticket.ToString("D"), StringComparison.Ordinal) && l.Contains("\"action\":\"Approve\"", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("test-planner", "mallory", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, lines);

        var (code, output) = await RunAsync("verify", "--file", file, "--full");

        Assert.Equal(1, code);
        Assert.Contains($"TAMPERED ticket {ticket}", output, StringComparison.Ordinal);
        Assert.Contains("edited", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_DeletedLine_VerifyExits1()
    {
        var ticket = await TicketWithHistoryAsync();
        var lines = (await ExportAsync(string.Empty)).Where(l => !(l.Contains(ticket.ToString("D"), StringComparison.Ordinal) && l.Contains("\"sequence\":2,", StringComparison.Ordinal)));
        await File.WriteAllLinesAsync(file, lines);

        var (code, output) = await RunAsync("verify", "--file", file, "--full");

        Assert.Equal(1, code);
        Assert.Contains("missing", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TimeWindow_OnlyRecordsInsideAndStillVerifiable()
    {
        server.Clock.Now = new DateTimeOffset(2041, 2, 1, 0, 0, 0, TimeSpan.Zero);
        var ticket = await TicketWithHistoryAsync();
        server.Clock.Now = new DateTimeOffset(2041, 2, 3, 0, 0, 0, TimeSpan.Zero);
        using var approved = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));

        var lines = await ExportAsync("?from=2041-02-01T00:00:00Z&to=2041-02-02T00:00:00Z");
        var (code, _) = await RunAsync("verify", "--file", file);

        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.Contains(ticket.ToString("D"), l, StringComparison.Ordinal));
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task VerifyCommand_SqliteDatabase_IntactThenTampered()
    {
        var ticket = await TicketWithHistoryAsync();
        var (before, _) = await RunAsync("verify", "--db", server.DatabasePath);
        await using (var connection = new SqliteConnection($"Data Source={server.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Tickets SET Priority = 'P0' WHERE Id = $id";
            command.Parameters.AddWithValue("$id", ticket.ToString().ToUpperInvariant());
            await command.ExecuteNonQueryAsync();
        }

        var (after, output) = await RunAsync("verify", "--db", server.DatabasePath);

        Assert.Equal((0, 1), (before, after));
        Assert.Contains(ticket.ToString(), output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("verify")]
    [InlineData("verify", "--tape", "x")]
    [InlineData("check", "--file", "x")]
    public async Task VerifyCommand_BadUsage_Exits2(params string[] args) => Assert.Equal(2, (await RunAsync(args)).Code);

    [Fact]
    public async Task Export_WithoutSupervisorRole_Forbidden()
    {
        using var response = await planner.GetAsync(new Uri("/api/audit/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
        supervisor.Dispose();
        File.Delete(file);
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AuditCommand.RunAsync(args, output, error);
        return (code, output + error.ToString());
    }

    private async Task<IReadOnlyList<string>> ExportAsync(string query)
    {
        using var response = await supervisor.GetAsync(new Uri("/api/audit/export" + query, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal(AuditExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        await File.WriteAllTextAsync(file, text);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task<Guid> TicketWithHistoryAsync()
    {
        var device = TestPredictions.NewDeviceId();
        using var first = await predictor.PostPredictionAsync(TestPredictions.For(device));
        using var second = await predictor.PostPredictionAsync(TestPredictions.For(device, issuedAt: TestPredictions.DeviceNow.AddHours(1)));
        var ticket = await second.ReadTicketAsync();
        ticket = await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Approve);
        return (await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Offer)).Id;
    }
}
