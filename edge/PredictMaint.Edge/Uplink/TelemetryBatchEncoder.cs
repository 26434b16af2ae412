using System.Buffers;
using System.Text.Json;
using PredictMaint.Edge.Queue;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Edge.Uplink;

/// <summary>
/// Turns queue records (each the JSON of one <see cref="TelemetrySample"/>, as
/// <see cref="Sampling.SampleReader"/> wrote it) into one <see cref="TelemetryMessage"/>. The
/// records are spliced in as they are (checked to be JSON, not deserialized and written again):
/// a replayed backlog is drained at the speed of the broker, not of the serializer.
/// </summary>
internal static class TelemetryBatchEncoder
{
    // The wire names of TelemetryMessage (its JsonPropertyName attributes); the tests compare with the serializer.
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("v");
    private static readonly JsonEncodedText Site = JsonEncodedText.Encode("site");
    private static readonly JsonEncodedText Device = JsonEncodedText.Encode("device");
    private static readonly JsonEncodedText Model = JsonEncodedText.Encode("model");
    private static readonly JsonEncodedText Sequence = JsonEncodedText.Encode("seq");
    private static readonly JsonEncodedText Samples = JsonEncodedText.Encode("samples");

    public static byte[] Encode(IReadOnlyList<QueueRecord> records, long sequence, string site, string device, string model)
    {
        ArgumentNullException.ThrowIfNull(records);
        var buffer = new ArrayBufferWriter<byte>(256 + records.Sum(r => r.Payload.Length + 1));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber(Version, TelemetryMessage.CurrentSchemaVersion);
            writer.WriteString(Site, site);
            writer.WriteString(Device, device);
            writer.WriteString(Model, model);
            writer.WriteNumber(Sequence, sequence);
            writer.WriteStartArray(Samples);
            foreach (var record in records)
            {
                try
                {
                    writer.WriteRawValue(record.Payload.Span);
                }
                catch (JsonException ex)
                {
                    throw new InvalidDataException($"Queue record {record.Id} is not a telemetry sample.", ex);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
