using System.Text.Json;
using PredictMaint.Edge.Hosting;
using PredictMaint.Edge.Queue;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Edge.Uplink;

/// <summary>Turns queue records (each the JSON of one <see cref="TelemetrySample"/>) into one telemetry message.</summary>
internal static class TelemetryBatchEncoder
{
    public static byte[] Encode(IReadOnlyList<QueueRecord> records, long sequence, string site, string device, string model)
    {
        var samples = new TelemetrySample[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            samples[i] = JsonSerializer.Deserialize(records[i].Payload.Span, EdgeJsonContext.Default.TelemetrySample)
                ?? throw new InvalidDataException($"Queue record {records[i].Id} is not a telemetry sample.");
        }

        var message = new TelemetryMessage
        {
            SchemaVersion = TelemetryMessage.CurrentSchemaVersion,
            SiteId = site,
            DeviceId = device,
            Model = model,
            Sequence = sequence,
            Samples = samples,
        };
        return JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage);
    }
}
