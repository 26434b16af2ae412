using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Uplink;

public sealed class RemoteConfigurationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string ConfigTopic = Topics.For(EdgeAgentHarness.Site, EdgeAgentHarness.Device, Topics.Config);

    [Fact]
    public async Task ConfigTopic_ValidConfiguration_AppliedAcknowledgedAndInForce()
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var probe = await MqttProbe.StartAsync(broker.Port, EdgeAgentHarness.Site, EdgeAgentHarness.Device);
        await using var agent = new EdgeAgentHarness(broker.Port);
        await agent.StartAsync();
        await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry().Count), n => n >= 1, Patience, "telemetry");

        await probe.PublishAsync(ConfigTopic, """{"config_version":"v2","max_samples_per_message":3}""", retain: true);

        var applied = await WaitForEventAsync(probe, "v2");
        Assert.Equal(DeviceEvent.ConfigApplied, applied.GetProperty("kind").GetString());
        var before = probe.Telemetry().Count;
        await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry().Count), n => n >= before + 10, Patience, "telemetry after the change");
        Assert.All(probe.Telemetry().Skip(before + 2), m => Assert.True(m.Samples.Count <= 3, $"message {m.Sequence} has {m.Samples.Count} samples"));
        await Eventually.WaitAsync(() => Task.FromResult(probe.Json(Topics.Status)), s => s.Count > 0 && s[^1].TryGetProperty("config_version", out var v) && v.GetString() == "v2", Patience, "status naming v2");
    }

    [Theory]
    [InlineData("""{"config_version":"bad-1","max_samples_per_message":0}""", "MaxSamplesPerMessage")]
    [InlineData("""{"config_version":"bad-2","sample_interval_ms":"fast"}""", "sample_interval_ms")]
    [InlineData("""{"config_version":"bad-3","sample_rate":5}""", "sample_rate")]
    public async Task ConfigTopic_InvalidConfiguration_RejectedWithReasonAndOldKeepsRunning(string configuration, string reasonMentions)
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var probe = await MqttProbe.StartAsync(broker.Port, EdgeAgentHarness.Site, EdgeAgentHarness.Device);
        await using var agent = new EdgeAgentHarness(broker.Port);
        await agent.StartAsync();
        await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry().Count), n => n >= 1, Patience, "telemetry");

        await probe.PublishAsync(ConfigTopic, configuration, retain: true);

        var rejected = await Eventually.WaitAsync(() => Task.FromResult(probe.Json(Topics.Events)), e => e.Count > 0, Patience, "an event");
        Assert.Equal(DeviceEvent.ConfigRejected, rejected[0].GetProperty("kind").GetString());
        Assert.Contains(reasonMentions, rejected[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var before = probe.Telemetry().Count;
        await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry().Count), n => n >= before + 3, Patience, "telemetry still flowing");
        Assert.Contains(probe.Telemetry().Skip(before), m => m.Samples.Count > 3);
    }

    private static async Task<JsonElement> WaitForEventAsync(MqttProbe probe, string version)
    {
        var events = await Eventually.WaitAsync(
            () => Task.FromResult(probe.Json(Topics.Events)),
            e => e.Any(x => x.TryGetProperty("config_version", out var v) && v.GetString() == version),
            Patience, $"event for {version}");
        return events.First(x => x.GetProperty("config_version").GetString() == version);
    }
}
