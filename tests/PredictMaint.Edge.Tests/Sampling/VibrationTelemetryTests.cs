using PredictMaint.Edge.Tests.Uplink;
using PredictMaint.Platform.Contracts;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Sampling;

public sealed class VibrationTelemetryTests
{
    [Fact]
    public async Task Agent_SimulatedSource_PublishesEveryVibrationFeature()
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var probe = await MqttProbe.StartAsync(broker.Port, EdgeAgentHarness.Site, EdgeAgentHarness.Device);
        await using var agent = new EdgeAgentHarness(broker.Port, new Dictionary<string, string?> { ["Sampling:SampleInterval"] = "00:00:00.100" }, numberedChannel: false);
        await agent.StartAsync();

        var messages = await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry()), m => m.Count > 0, TimeSpan.FromSeconds(60), "telemetry");
        await agent.StopAsync();

        // The simulated pump: a 50 Hz tone of 0.8 m/s² and a little noise.
        var sample = messages[0].Samples[0];
        Assert.Equal(0.8 / (2 * Math.PI * 50 * Math.Sqrt(2)) * 1000, sample.VibrationRmsMillimetresPerSecond!.Value, 0.05);
        Assert.Equal(0.8 / (2 * Math.PI * 50) * 1000, sample.VibrationPeakMillimetresPerSecond!.Value, 0.1);
        Assert.Equal(1.5, sample.VibrationKurtosis!.Value, 0.05);
        Assert.Equal(Math.Sqrt(2), sample.VibrationCrestFactor!.Value, 0.05);
        Assert.Equal(0.32, sample.VibrationMeanSquare10To100Hz!.Value, 0.01);
        Assert.InRange(sample.VibrationMeanSquare100To500Hz!.Value, 0, 0.01);
        Assert.InRange(sample.VibrationMeanSquare500To1000Hz!.Value, 0, 0.01);
    }
}
