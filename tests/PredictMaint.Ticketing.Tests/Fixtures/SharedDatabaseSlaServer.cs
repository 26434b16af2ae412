namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>One of several instances on the same PostgreSQL database, each running its SLA monitor.</summary>
public sealed class SharedDatabaseSlaServer(string connectionString) : TicketingServer
{
    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Ticketing:DatabaseProvider=postgres",
        $"--Ticketing:ConnectionString={connectionString}",
        "--Ticketing:Sla:EvaluationInterval=00:00:00.020",
        "--Ticketing:Sla:BatchSize=4",
    ];
}
