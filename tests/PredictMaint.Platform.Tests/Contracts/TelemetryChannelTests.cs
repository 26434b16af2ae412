using System.Reflection;
using System.Text.Json.Serialization;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Platform.Tests.Contracts;

public sealed class TelemetryChannelTests
{
    [Fact]
    public void All_CoversEveryNumericSampleProperty_WithItsJsonName()
    {
        var expected = typeof(TelemetrySample).GetProperties()
            .Where(p => p.PropertyType == typeof(double?))
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name)
            .Order();
        Assert.Equal(expected, TelemetryChannel.All.Select(c => c.FieldName).Order());
    }

    [Fact]
    public void Read_EachChannel_ReadsItsOwnProperty()
    {
        var sample = new TelemetrySample { Timestamp = DateTimeOffset.UnixEpoch, FlowLitresPerMinute = 3.5, PumpCurrentAmps = 1.25 };
        Assert.Equal(3.5, TelemetryChannel.All.Single(c => c.FieldName == "flow_lpm").Read(sample));
        Assert.Equal(1.25, TelemetryChannel.All.Single(c => c.FieldName == "pump_current_a").Read(sample));
        Assert.Null(TelemetryChannel.All.Single(c => c.FieldName == "pressure_drop_kpa").Read(sample));
    }
}
