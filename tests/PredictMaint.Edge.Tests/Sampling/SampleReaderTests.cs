using System.Text.Json;
using PredictMaint.Edge.Features;
using PredictMaint.Edge.Sampling;
using PredictMaint.Edge.Tests.Features;

namespace PredictMaint.Edge.Tests.Sampling;

public sealed class SampleReaderTests
{
    [Fact]
    public void ReadSample_HalfRatedFlowAt20C_CloggingIndexIsTwiceThePressureDrop()
    {
        // Darcy: ΔP ∝ Q·μ, so 30 kPa at half the rated flow is 60 kPa at rated flow (μ(20 °C) is the reference).
        var sample = Read(pressureDrop: 30, flow: 2, temperature: 20);

        Assert.Equal(60, sample.GetProperty(SampleReader.CloggingIndexField).GetDouble(), 1e-9);
    }

    [Fact]
    public void ReadSample_FlowBelowMinimumFraction_NoCloggingIndex() =>
        Assert.False(Read(pressureDrop: 30, flow: 0.5, temperature: 20).TryGetProperty(SampleReader.CloggingIndexField, out _));

    [Fact]
    public void ReadSample_PressureDropChannelFailing_NoCloggingIndex() =>
        Assert.False(Read(pressureDrop: null, flow: 2, temperature: 20).TryGetProperty(SampleReader.CloggingIndexField, out _));

    private static JsonElement Read(double? pressureDrop, double flow, double temperature)
    {
        ISensorChannel[] channels =
        [
            new DelegateSensorChannel("pressure_drop_kpa", () => pressureDrop),
            new DelegateSensorChannel("flow_lpm", () => flow),
            new DelegateSensorChannel("water_temp_c", () => temperature),
        ];
        var reader = new SampleReader(channels, new Dictionary<string, SensorLimits>(), new ManualTimeProvider(), ratedFlowLitresPerMinute: 4, minimumFlowFraction: 0.2);
        return JsonDocument.Parse(reader.ReadSample()).RootElement.Clone();
    }
}
