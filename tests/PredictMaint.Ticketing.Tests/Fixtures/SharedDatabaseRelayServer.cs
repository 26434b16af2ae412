namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>One of several instances on the same PostgreSQL database, each relaying to the same receiver.</summary>
public sealed class SharedDatabaseRelayServer(string connectionString, int receiverPort) : TicketingServer
{
    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Ticketing:DatabaseProvider=postgres",
        $"--Ticketing:ConnectionString={connectionString}",
        $"--Ticketing:Dispatch:WebhookUrl=http://127.0.0.1:{receiverPort}/events",
        $"--Ticketing:Dispatch:SigningSecret={RelayTicketingServer.OutboundSecret}",
        "--Ticketing:Dispatch:PollInterval=00:00:00.010",
        "--Ticketing:Dispatch:BatchSize=5",
    ];
}
