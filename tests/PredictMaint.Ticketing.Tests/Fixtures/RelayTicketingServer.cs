using PredictMaint.Testing.Servers;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// The service with its relay pointed at <see cref="ReceiverPort"/>, where nothing listens
/// until a test starts a <see cref="DispatchReceiver"/> there. Backoff and the breaker run on
/// the fixture's manual clock, so a test moves time forward instead of waiting.
/// </summary>
public sealed class RelayTicketingServer : TicketingServer
{
    public const string OutboundSecret = "test-outbound-secret-3e9a71c2";
    public const string InboundSecret = "test-inbound-secret-b81f04d6";

    public int ReceiverPort { get; } = FreePort.Next();

    protected override IEnumerable<string> ExtraArguments =>
    [
        $"--Ticketing:Dispatch:WebhookUrl=http://127.0.0.1:{ReceiverPort}/events",
        $"--Ticketing:Dispatch:SigningSecret={OutboundSecret}",
        $"--Ticketing:Dispatch:InboundSecret={InboundSecret}",
        "--Ticketing:Dispatch:PollInterval=00:00:00.020",
        "--Ticketing:Dispatch:BreakerFailureThreshold=3",
        "--Ticketing:Dispatch:BreakerOpenDuration=00:01:00",
        "--Ticketing:Dispatch:InitialBackoff=00:00:01",
        "--Ticketing:Dispatch:MaxBackoff=00:00:30",
        "--Ticketing:Dispatch:MaxAttempts=1000",
        "--Ticketing:Dispatch:RequestTimeout=00:00:05",
        // The inbound signature is checked against this fixture's clock, which is far from real time.
        "--Ticketing:Dispatch:InboundMaxAge=00:05:00",
    ];
}
