using System.Globalization;
using System.Text;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>
/// Renders a validated message straight to line protocol, byte for byte what
/// <see cref="TelemetryPoints"/> gives through <c>PointData</c>, without building a point object per
/// sample (that cost more CPU than validation and serialisation together). Safe without escaping
/// because the validator admits only <c>[A-Za-z0-9_-]</c> ids and the field names are constants;
/// timestamps are in range because the validator bounds sample age and skew.
/// </summary>
public static class TelemetryLines
{
    private const long UnixEpochTicks = 621_355_968_000_000_000;

    /// <summary>Appends one line per sample (each ending in a newline) and returns how many.</summary>
    public static int Append(StringBuilder builder, TelemetryMessage message)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(message);
        // Tags sorted by key, as PointData sorts them.
        var prefix = $"{TelemetryPoints.Measurement},device={message.DeviceId},model={message.Model},site={message.SiteId} seq={message.Sequence.ToString(CultureInfo.InvariantCulture)}i";
        foreach (var sample in message.Samples)
        {
            builder.Append(prefix);
            foreach (var channel in TelemetryChannel.All)
            {
                if (channel.Read(sample) is { } value && double.IsFinite(value))
                {
                    builder.Append(',').Append(channel.FieldName).Append('=').Append(value.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            builder.Append(' ').Append(((sample.Timestamp.UtcTicks - UnixEpochTicks) * 100).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return message.Samples.Count;
    }

    public static (string Lines, int Points) Render(TelemetryMessage message)
    {
        var builder = new StringBuilder(message.Samples.Count * 200);
        var points = Append(builder, message);
        return (builder.ToString(), points);
    }
}
