using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Ingest.Validation;
using PredictMaint.Ingest.Writing;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// <c>ingest-cpu</c>: ingest's own per-point work without any server — validate the benchmark's
/// payloads (parse, check) and render them into batch buffers — in CPU seconds per million points,
/// one thread. Shows what the service costs before MQTT, HTTP and InfluxDB are added.
/// </summary>
internal static class PipelineCost
{
    public static string Run(IngestBenchmarkSettings settings)
    {
        var payloads = BenchmarkPublisher.Payloads(settings);
        var validator = new TelemetryValidator(Options.Create(new ValidationOptions { MaxSampleAge = TimeSpan.FromDays(3650) }), TimeProvider.System);
        var topics = Enumerable.Range(0, settings.Devices).Select(d => Topics.For("site-1", BenchmarkData.DeviceId(d), Topics.Telemetry)).ToArray();
        var (parse, render) = (0.0, 0.0);
        for (var round = 0; round < 3; round++)
        {
            // The first round warms up the JIT; the best of the others is reported.
            var (p, r) = Measure(payloads, topics, validator, settings);
            (parse, render) = round == 1 ? (p, r) : (Math.Min(parse, p), Math.Min(render, r));
        }

        var millions = settings.TotalPoints / 1e6;
        return string.Create(CultureInfo.InvariantCulture, $"ingest-cpu points={settings.TotalPoints} validate_s_per_mpts={parse / millions:0.00} render_s_per_mpts={render / millions:0.00}");
    }

    private static (double Validate, double Render) Measure(byte[][][] payloads, string[] topics, TelemetryValidator validator, IngestBenchmarkSettings settings)
    {
        var messages = new List<TelemetryMessage>(settings.TotalPoints / settings.SamplesPerMessage);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var device = 0; device < payloads.Length; device++)
        {
            foreach (var payload in payloads[device])
            {
                messages.Add(validator.Validate(topics[device], payload).Message ?? throw new InvalidOperationException("benchmark payload rejected"));
            }
        }

        var validate = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var perBatch = Math.Max(1, settings.BatchPoints / settings.SamplesPerMessage);
        for (var i = 0; i < messages.Count; i += perBatch)
        {
            using var buffer = new PooledBatchBuffer(settings.BatchPoints * 256);
            foreach (var message in messages.Skip(i).Take(perBatch))
            {
                TelemetryLines.Append(buffer, message);
            }
        }

        return (validate, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
