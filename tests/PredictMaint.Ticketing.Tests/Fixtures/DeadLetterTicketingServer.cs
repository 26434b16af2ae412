using PredictMaint.Testing.Servers;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>A relay that gives up after two attempts and never opens its breaker, to exercise dead letters.</summary>
public sealed class DeadLetterTicketingServer : TicketingServer
{
    public int ReceiverPort { get; } = FreePort.Next();

    protected override IEnumerable<string> ExtraArguments =>
    [
        $"--Ticketing:Dispatch:WebhookUrl=http://127.0.0.1:{ReceiverPort}/events",
        $"--Ticketing:Dispatch:SigningSecret={RelayTicketingServer.OutboundSecret}",
        "--Ticketing:Dispatch:PollInterval=00:00:00.020",
        "--Ticketing:Dispatch:BreakerFailureThreshold=1000",
        "--Ticketing:Dispatch:InitialBackoff=00:00:01",
        "--Ticketing:Dispatch:MaxBackoff=00:00:01",
        "--Ticketing:Dispatch:MaxAttempts=2",
    ];
}
