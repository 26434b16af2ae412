using PredictMaint.Platform.Contracts;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Uplink;

public sealed class UplinkServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ExecuteAsync_BrokerStoppedAndRestarted_EverySampleAndSequenceArrivesInOrder()
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var probe = await MqttProbe.StartAsync(broker.Port, EdgeAgentHarness.Site, EdgeAgentHarness.Device);
        await using var agent = new EdgeAgentHarness(broker.Port);
        await agent.StartAsync();
        await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry().Count), n => n >= 3, Patience, "telemetry before the outage");

        await broker.StopAsync();
        // A minute of sampling at the footprint benchmark's 10 Hz (the harness samples faster, so it takes seconds).
        await Eventually.WaitAsync(() => Task.FromResult(agent.Queue.Depth), d => d >= 600, Patience, "samples queued during the outage");
        await broker.StartAsync();
        var target = agent.SamplesTaken + 50;
        await Eventually.WaitAsync(() => Task.FromResult(MaxFlow(probe)), f => f >= target, Patience, "samples after the outage");
        await agent.StopAsync();

        var telemetry = probe.Telemetry();
        var sequences = FirstOccurrences(telemetry.Select(m => m.Sequence));
        Assert.Equal(Enumerable.Range(0, sequences.Count).Select(i => (long)i), sequences);
        var flows = FirstOccurrences(telemetry.SelectMany(m => m.Samples).Select(s => (long)s.FlowLitresPerMinute!.Value));
        Assert.Equal(Enumerable.Range(1, flows.Count).Select(i => (long)i), flows);
        Assert.True(flows.Count >= target);

        // A duplicate is a QoS 1 redelivery: the same message again (same sequence, same samples), and
        // only of messages unacknowledged when the connection dropped: the agent's in-flight window,
        // plus as many again for the broker redelivering its own unacknowledged deliveries to the probe.
        var duplicates = telemetry.GroupBy(m => m.Sequence).Where(g => g.Count() > 1).ToList();
        Assert.All(duplicates, g => Assert.All(g, m => Assert.Equal(Flows(g.First()), Flows(m))));
        Assert.InRange(duplicates.Sum(g => g.Count() - 1), 0, 2 * new PredictMaint.Edge.Uplink.UplinkOptions().MaxMessagesInFlight);
    }

    private static List<long> Flows(TelemetryMessage message) => [.. message.Samples.Select(s => (long)s.FlowLitresPerMinute!.Value)];

    [Fact]
    public async Task ExecuteAsync_OutageLongerThanQueueHolds_DropsOldestAndReportsCount()
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var probe = await MqttProbe.StartAsync(broker.Port, EdgeAgentHarness.Site, EdgeAgentHarness.Device);
        await using var agent = new EdgeAgentHarness(broker.Port, new Dictionary<string, string?>
        {
            ["Queue:MaxTotalBytes"] = "16384",
            ["Queue:SegmentBytes"] = "2048",
            ["Uplink:MaxSamplesPerMessage"] = "5",
            ["Uplink:MaxMessagesInFlight"] = "1",
        });
        await agent.StartAsync();
        await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry().Count), n => n >= 3, Patience, "telemetry before the outage");

        await broker.StopAsync();
        await Eventually.WaitAsync(() => Task.FromResult(agent.Queue.DroppedCount), d => d >= 200, Patience, "overflow drops");
        await broker.StartAsync();
        var target = agent.SamplesTaken + 20;
        await Eventually.WaitAsync(() => Task.FromResult(MaxFlow(probe)), f => f >= target, Patience, "samples after the outage");
        var dropped = agent.Queue.DroppedCount;
        await Eventually.WaitAsync(
            () => Task.FromResult(probe.Json(Topics.Status)),
            all => all.Count > 0 && all[^1].TryGetProperty("dropped_count", out var d) && d.GetInt64() > 0,
            Patience, "a status reporting the drops");
        await agent.StopAsync();

        var flows = probe.Telemetry().SelectMany(m => m.Samples).Select(s => (long)s.FlowLitresPerMinute!.Value).ToHashSet();
        var missing = Enumerable.Range(1, (int)flows.Max()).Count(f => !flows.Contains(f));
        // Samples already handed to the MQTT client when their records were dropped still arrive (the
        // count is of records removed from disk unacknowledged). Drops go on while the backlog drains,
        // each one can catch the one message in flight, so allow two messages' worth.
        Assert.InRange(missing, dropped - 10, dropped);
        Assert.True(missing > 0);
        var newest = flows.Where(f => f > flows.Max() - 50).Order().ToList();
        Assert.Equal(Enumerable.Range((int)newest[0], newest.Count).Select(i => (long)i), newest);
    }

    private static long MaxFlow(MqttProbe probe) =>
        probe.Telemetry().SelectMany(m => m.Samples).Select(s => (long)(s.FlowLitresPerMinute ?? 0)).DefaultIfEmpty(0).Max();

    private static List<long> FirstOccurrences(IEnumerable<long> values)
    {
        var seen = new HashSet<long>();
        return [.. values.Where(seen.Add)];
    }
}
