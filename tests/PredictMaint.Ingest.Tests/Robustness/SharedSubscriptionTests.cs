using PredictMaint.Ingest.Tests.Fixtures;
using PredictMaint.Testing.Waiting;
using Xunit.Abstractions;

namespace PredictMaint.Ingest.Tests.Robustness;

/// <summary>
/// What Mosquitto 2.0.11 does with a crashed member of a shared subscription that has a persistent
/// session: its unacknowledged messages stay in its session (the other members do not get them) and
/// come back when it reconnects with the same client id. So a crashed instance must be restarted
/// (same <c>Mqtt:ClientId</c>) for its share to be written; nothing is lost meanwhile.
/// </summary>
[Collection(nameof(IngestProcessTests))]
public sealed class SharedSubscriptionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Shared = "--Ingest:SharedSubscription=true"; // not the default (plain subscriptions)
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private IngestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Ingest_SharedMemberKilledHoldingMessages_TheyComeBackWhenItRestarts()
    {
        var load = new LoadPublisher(_harness.Broker.Port, devices: 4, samplesPerMessage: 10);
        await using var first = await IngestProcess.StartAsync(_harness.Broker.Port, _harness.Influx.Url, "ingest-a", Shared);
        await using var second = await IngestProcess.StartAsync(_harness.Broker.Port, _harness.Influx.Url, "ingest-b", Shared);

        await _harness.Influx.StopAsync(); // nothing can be written, so nothing is acknowledged
        await load.PublishAsync("load-crash", 1, 100);
        await Eventually.WaitAsync(
            async () => await first.StatusAsync("messages_in_flight") + await second.StatusAsync("messages_in_flight"),
            n => n == 400,
            Timeout,
            "all 400 messages held unacknowledged by the two instances");
        var heldByFirst = await first.StatusAsync("messages_in_flight");
        await first.KillAsync();
        await first.DisposeAsync();

        await _harness.Influx.StartAsync();
        await Eventually.WaitAsync(() => second.StatusAsync("messages_in_flight"), n => n == 0, Timeout, "ingest-b done with its share");
        var storedWithoutFirst = await PointCensus.TotalAsync(_harness.Query);
        output.WriteLine($"ingest-a held {heldByFirst} messages when killed; with it down, InfluxDB holds {storedWithoutFirst} of 4000 points");
        Assert.Equal(4000 - (heldByFirst * 10), storedWithoutFirst);

        await using var restarted = await IngestProcess.StartAsync(_harness.Broker.Port, _harness.Influx.Url, "ingest-a", Shared);
        await Eventually.WaitAsync(() => PointCensus.TotalAsync(_harness.Query), n => n == 4000, Timeout, "ingest-a's share written after its restart");
        Assert.Equal(heldByFirst, await restarted.StatusAsync("messages_received"));
        Assert.Empty(await PointCensus.MismatchesAsync(_harness.Query, load, 1, 100));
    }
}
