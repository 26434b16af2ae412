namespace PredictMaint.Benchmarks.Ingest;

/// <summary>The peer's figure on the same points; <see cref="Skipped"/> when it could not be installed or started.</summary>
internal sealed record PeerResult(bool Skipped, double PointsPerSecond = 0, long Lost = 0, double PeakRssMegabytes = 0)
{
    public static PeerResult Skip { get; } = new(true);
}
