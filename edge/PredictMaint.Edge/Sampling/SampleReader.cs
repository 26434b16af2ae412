using System.Buffers;
using System.Text.Json;
using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// Reads every channel once, runs its health check and encodes the sample as the JSON of a
/// <see cref="PredictMaint.Platform.Contracts.TelemetrySample"/> (the queue record). An unhealthy
/// channel is left out of the sample and shows in <see cref="Health"/> instead. From the healthy
/// pressure drop, flow and water temperature of the same sample it adds the
/// <see cref="FilterCloggingIndex"/> (<c>filter_clogging_index_kpa</c>).
/// </summary>
public sealed class SampleReader
{
    private readonly IReadOnlyList<ISensorChannel> _channels;
    private readonly SensorHealthMonitor[] _monitors;
    private readonly TimeProvider _time;
    private readonly double _ratedFlow;
    private readonly double _minimumFlowFraction;
    private readonly int[] _cloggingInputs;
    private static readonly string[] CloggingInputFields = ["pressure_drop_kpa", "flow_lpm", "water_temp_c"];

    /// <param name="ratedFlowLitresPerMinute">For the clogging index; 0 adds none.</param>
    public SampleReader(
        IReadOnlyList<ISensorChannel> channels, IReadOnlyDictionary<string, SensorLimits> limits, TimeProvider timeProvider,
        double ratedFlowLitresPerMinute = 0, double minimumFlowFraction = 0.2)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(limits);
        _channels = channels;
        _time = timeProvider;
        _monitors = [.. channels.Select(c => new SensorHealthMonitor(limits.TryGetValue(c.FieldName, out var l) ? l : new SensorLimits(), timeProvider))];
        (_ratedFlow, _minimumFlowFraction) = (ratedFlowLitresPerMinute, minimumFlowFraction);
        _cloggingInputs = [.. CloggingInputFields.Select(f => channels.ToList().FindIndex(c => c.FieldName == f))];
    }

    public const string CloggingIndexField = "filter_clogging_index_kpa";

    /// <summary>Changes whenever a channel's health changed (so the loop copies <see cref="Health"/> only then).</summary>
    public long HealthVersion { get; private set; } = 1;

    /// <summary>Channel field name → health after the latest read.</summary>
    public IReadOnlyDictionary<string, SensorHealth> Health =>
        _channels.Select((c, i) => (c.FieldName, _monitors[i].Current)).ToDictionary(p => p.FieldName, p => p.Current);

    public byte[] ReadSample()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Span<double> written = stackalloc double[_channels.Count];
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("ts", _time.GetUtcNow());
            for (var i = 0; i < _channels.Count; i++)
            {
                var ok = _channels[i].TryRead(out var value);
                var before = _monitors[i].Current;
                var health = _monitors[i].Observe(ok, value);
                HealthVersion += health == before ? 0 : 1;
                written[i] = health == SensorHealth.Ok ? value : double.NaN;
                if (health == SensorHealth.Ok)
                {
                    writer.WriteNumber(_channels[i].FieldName, value);
                }
            }

            if (_ratedFlow > 0 && _cloggingInputs.All(i => i >= 0)
                && FilterCloggingIndex.TryCompute(written[_cloggingInputs[0]], written[_cloggingInputs[1]], written[_cloggingInputs[2]], _ratedFlow, _minimumFlowFraction, out var index))
            {
                writer.WriteNumber(CloggingIndexField, index);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
