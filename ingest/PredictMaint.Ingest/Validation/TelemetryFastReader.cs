using System.Text;
using System.Text.Json;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Validation;

/// <summary>
/// Reads a plain, well-formed telemetry payload with <see cref="Utf8JsonReader"/> straight into a
/// <see cref="TelemetryMessage"/>, about three times cheaper than the generic deserializer (which
/// builds records with init-only members through boxed constructor arguments). It does exactly what
/// the deserializer does for the payloads it accepts, and gives up (null) on anything else:
/// missing, duplicated, escaped or null members, wrong token types, numbers that do not fit,
/// malformed JSON, content after the object. The caller then runs the deserializer, which produces
/// the same message or the reason for the dead letter, so this only ever changes the cost.
/// </summary>
internal static class TelemetryFastReader
{
    private const int Version = 1, Site = 2, Device = 4, Model = 8, Sequence = 16, Samples = 32, AllEnvelope = 63;

    // Sample member names in TelemetryChannel.All order (checked against it by a test).
    private static readonly byte[][] ChannelNames = [.. TelemetryChannel.All.Select(c => Encoding.UTF8.GetBytes(c.FieldName))];

    public static TelemetryMessage? TryRead(ReadOnlySpan<byte> payload, int maxDepth)
    {
        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = maxDepth });
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ReadEnvelope(ref reader) : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static TelemetryMessage? ReadEnvelope(ref Utf8JsonReader reader)
    {
        var (seen, version, sequence) = (0, 0, 0L);
        string? site = null, device = null, model = null;
        List<TelemetrySample>? samples = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var member = reader.ValueSpan switch
            {
                var n when n.SequenceEqual("v"u8) => Version,
                var n when n.SequenceEqual("site"u8) => Site,
                var n when n.SequenceEqual("device"u8) => Device,
                var n when n.SequenceEqual("model"u8) => Model,
                var n when n.SequenceEqual("seq"u8) => Sequence,
                var n when n.SequenceEqual("samples"u8) => Samples,
                _ => 0,
            };
            if (!reader.Read() || (seen & member) != 0)
            {
                return null;
            }

            seen |= member;
            var ok = member switch
            {
                Version => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out version),
                Site => TryGetString(ref reader, out site),
                Device => TryGetString(ref reader, out device),
                Model => TryGetString(ref reader, out model),
                Sequence => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out sequence),
                Samples => (samples = ReadSamples(ref reader)) is not null,
                _ => reader.TrySkip(), // unknown members are skipped, as the contract's serializer options say
            };
            if (!ok)
            {
                return null;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || seen != AllEnvelope || reader.Read())
        {
            return null;
        }

        return new TelemetryMessage { SchemaVersion = version, SiteId = site!, DeviceId = device!, Model = model!, Sequence = sequence, Samples = samples! };
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    private static List<TelemetrySample>? ReadSamples(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var samples = new List<TelemetrySample>();
        var values = new double?[ChannelNames.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (ReadSample(ref reader, values) is not { } sample)
            {
                return null;
            }

            samples.Add(sample);
        }

        return reader.TokenType == JsonTokenType.EndArray ? samples : null;
    }

    private static TelemetrySample? ReadSample(ref Utf8JsonReader reader, double?[] values)
    {
        Array.Clear(values);
        var seen = 0L; // bit c: channel c; bit 62: ts
        DateTimeOffset timestamp = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var channel = reader.ValueSpan.SequenceEqual("ts"u8) ? 62 : IndexOf(reader.ValueSpan);
            if (!reader.Read() || (channel >= 0 && (seen & (1L << channel)) != 0))
            {
                return null;
            }

            var ok = channel switch
            {
                < 0 => reader.TrySkip(),
                62 => reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out timestamp),
                _ => reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var v) && Set(values, channel, v)),
            };
            if (!ok)
            {
                return null;
            }

            seen |= channel >= 0 ? 1L << channel : 0;
        }

        return reader.TokenType == JsonTokenType.EndObject && (seen & (1L << 62)) != 0 ? TelemetrySampleFactory.Create(timestamp, values) : null;
    }

    private static bool Set(double?[] values, int channel, double value)
    {
        values[channel] = value;
        return true;
    }

    private static int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < ChannelNames.Length; i++)
        {
            if (name.SequenceEqual(ChannelNames[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
