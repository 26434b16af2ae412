using PredictMaint.Testing.Servers;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>The same service on the shared real PostgreSQL, with a fresh database per fixture.</summary>
public class PostgresTicketingServer : TicketingServer
{
    private readonly string database = "tickets_" + Guid.NewGuid().ToString("N");
    private string connectionString = string.Empty;

    protected override IEnumerable<string> ExtraArguments =>
        ["--Ticketing:DatabaseProvider=postgres", $"--Ticketing:ConnectionString={connectionString}"];

    protected override async Task PrepareAsync()
    {
        var server = await PostgresServer.SharedAsync();
        connectionString = server.ConnectionString(database);
    }
}
