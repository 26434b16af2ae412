using System.Buffers;
using System.Text.Json;
using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// Reads every channel once, runs its health check and encodes the sample as the JSON of a
/// <see cref="PredictMaint.Platform.Contracts.TelemetrySample"/> (the queue record). An unhealthy
/// channel is left out of the sample and shows in <see cref="Health"/> instead.
/// </summary>
public sealed class SampleReader
{
    private readonly IReadOnlyList<ISensorChannel> _channels;
    private readonly SensorHealthMonitor[] _monitors;
    private readonly TimeProvider _time;

    public SampleReader(IReadOnlyList<ISensorChannel> channels, IReadOnlyDictionary<string, SensorLimits> limits, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(limits);
        _channels = channels;
        _time = timeProvider;
        _monitors = [.. channels.Select(c => new SensorHealthMonitor(limits.TryGetValue(c.FieldName, out var l) ? l : new SensorLimits(), timeProvider))];
    }

    /// <summary>Changes whenever a channel's health changed (so the loop copies <see cref="Health"/> only then).</summary>
    public long HealthVersion { get; private set; } = 1;

    /// <summary>Channel field name → health after the latest read.</summary>
    public IReadOnlyDictionary<string, SensorHealth> Health =>
        _channels.Select((c, i) => (c.FieldName, _monitors[i].Current)).ToDictionary(p => p.FieldName, p => p.Current);

    public byte[] ReadSample()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
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
                if (health == SensorHealth.Ok)
                {
                    writer.WriteNumber(_channels[i].FieldName, value);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
