namespace PredictMaint.Benchmarks.Ingest;

/// <summary>One end-to-end run: rate from first publish to last point written, memory, loss and CPU.</summary>
/// <param name="IngestSteadyCpu">Ingest's CPU seconds per million points over the second half of the points, after warm-up.</param>
internal sealed record EndToEndResult(double PointsPerSecond, double PublishSeconds, double PeakRssMegabytes, long Lost, CpuCosts Cpu, double IngestSteadyCpu);
