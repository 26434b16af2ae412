using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>
/// Renders a validated message straight to UTF-8 line protocol, byte for byte what
/// <see cref="TelemetryPoints"/> gives through <c>PointData</c>, without building a point object per
/// sample or a string per message (both cost more CPU than validation and serialisation together).
/// Safe without escaping because the validator admits only <c>[A-Za-z0-9_-]</c> ids and the field
/// names are constants; timestamps are in range because the validator bounds sample age and skew.
/// </summary>
public static class TelemetryLines
{
    /// <summary>Longest rendering of a double ("R") or a long, with room to spare.</summary>
    private const int MaxNumberBytes = 32;

    private const long UnixEpochTicks = 621_355_968_000_000_000;

    // ",<field>=" for every channel, encoded once.
    private static readonly byte[][] FieldPrefixes = [.. TelemetryChannel.All.Select(c => Encoding.UTF8.GetBytes("," + c.FieldName + "="))];

    /// <summary>Appends one line per sample, each ending in a newline.</summary>
    public static void Append(IBufferWriter<byte> writer, TelemetryMessage message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(message);
        // Tags sorted by key, as PointData sorts them; the same prefix starts every line of the message.
        var prefix = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"{TelemetryPoints.Measurement},device={message.DeviceId},model={message.Model},site={message.SiteId} seq={message.Sequence}i"));
        var channels = TelemetryChannel.All;
        foreach (var sample in message.Samples)
        {
            var line = writer.GetSpan(prefix.Length + (channels.Count * 64) + MaxNumberBytes);
            prefix.CopyTo(line);
            var length = prefix.Length;
            for (var c = 0; c < channels.Count; c++)
            {
                if (channels[c].Read(sample) is { } value && double.IsFinite(value))
                {
                    FieldPrefixes[c].CopyTo(line[length..]);
                    length += FieldPrefixes[c].Length;
                    value.TryFormat(line[length..], out var written, "R", CultureInfo.InvariantCulture);
                    length += written;
                }
            }

            line[length++] = (byte)' ';
            Utf8Formatter.TryFormat((sample.Timestamp.UtcTicks - UnixEpochTicks) * 100, line[length..], out var timestamp);
            length += timestamp;
            line[length++] = (byte)'\n';
            writer.Advance(length);
        }
    }
}
