using System.Text;
using System.Text.Json;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>The benchmark's telemetry: the same messages feed MQTT and, rendered the way ingest renders them, the raw writes.</summary>
internal static class BenchmarkData
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static string DeviceId(int device) => $"bench-{device}";

    public static TelemetryMessage Message(int device, long sequence, int samplesPerMessage)
    {
        var samples = new TelemetrySample[samplesPerMessage];
        for (var i = 0; i < samplesPerMessage; i++)
        {
            samples[i] = new TelemetrySample
            {
                Timestamp = Epoch.AddMilliseconds(((sequence * samplesPerMessage) + i) * 100),
                InletPressureKpa = 320 + (i % 7),
                OutletPressureKpa = 290 + (i % 5),
                PressureDropKpa = 30 + (i % 3),
                FlowLitresPerMinute = 4.2,
                WaterTemperatureCelsius = 14.5,
                PumpCurrentAmps = 1.31,
                VibrationRmsMillimetresPerSecond = 1.4,
            };
        }

        return new TelemetryMessage { SchemaVersion = 1, SiteId = "site-1", DeviceId = DeviceId(device), Model = "aqua-400", Sequence = sequence, Samples = samples };
    }

    public static byte[] Payload(TelemetryMessage message) => JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage);

    /// <summary>
    /// Every point as UTF-8 line protocol, cut into batches of <see cref="IngestBenchmarkSettings.BatchPoints"/>
    /// lines and encoded before any clock starts: the raw writer sends bytes as they are, as ingest does.
    /// </summary>
    public static List<byte[]> LineBatches(IngestBenchmarkSettings settings)
    {
        var batches = new List<byte[]>();
        var batch = new StringBuilder();
        var lines = 0;
        for (var device = 0; device < settings.Devices; device++)
        {
            for (long sequence = 1; sequence <= settings.MessagesPerDevice; sequence++)
            {
                // PointData's rendering: the reference ingest's fast renderer is tested against.
                foreach (var point in TelemetryPoints.From(Message(device, sequence, settings.SamplesPerMessage)))
                {
                    point.WriteLineProtocol(batch, WritePrecision.Nanoseconds);
                    batch.Append('\n');
                    if (++lines == settings.BatchPoints)
                    {
                        batches.Add(Encoding.UTF8.GetBytes(batch.ToString()));
                        batch.Clear();
                        lines = 0;
                    }
                }
            }
        }

        if (lines > 0)
        {
            batches.Add(Encoding.UTF8.GetBytes(batch.ToString()));
        }

        return batches;
    }
}
