using PredictMaint.Edge.Sampling;
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

        // The simulated pump: a 1 kHz velocity capture, a 50 Hz tone of 2.5 mm/s and a little noise.
        var sample = messages[0].Samples[0];
        var amplitude = SimulatedVibrationSource.ToneAmplitudeMillimetresPerSecond;
        var acceleration = 2 * Math.PI * SimulatedVibrationSource.ToneHz * amplitude / 1000;
        Assert.Equal(amplitude / Math.Sqrt(2), sample.VibrationRmsMillimetresPerSecond!.Value, 0.02);
        Assert.Equal(amplitude, sample.VibrationPeakMillimetresPerSecond!.Value, 0.05);
        Assert.Equal(1.5, sample.VibrationKurtosis!.Value, 0.02);
        Assert.Equal(Math.Sqrt(2), sample.VibrationCrestFactor!.Value, 0.05);
        Assert.Equal(acceleration * acceleration / 2, sample.VibrationMeanSquare10To100Hz!.Value, 0.01);
        Assert.InRange(sample.VibrationMeanSquare100To500Hz!.Value, 0, 0.01);
        Assert.Null(sample.VibrationMeanSquare500To1000Hz); // above the 500 Hz Nyquist frequency of a 1 kHz capture
        // The shipped configuration's 4 L/min rated flow: ΔP·(Q_rated/Q)·μ(20 °C)/μ(T) of the same sample.
        var viscosity = PredictMaint.Platform.Physics.WaterViscosity.RelativeToReference(sample.WaterTemperatureCelsius!.Value);
        Assert.Equal(sample.PressureDropKpa!.Value * 4.0 / sample.FlowLitresPerMinute!.Value / viscosity, sample.FilterCloggingIndexKpa!.Value, 1e-9);
    }
}
