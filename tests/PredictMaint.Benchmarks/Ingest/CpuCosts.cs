namespace PredictMaint.Benchmarks.Ingest;

/// <summary>CPU seconds each process used per million points in one end-to-end run.</summary>
/// <param name="Ingest">All ingest instances together.</param>
/// <param name="Influx">influxd.</param>
/// <param name="Broker">mosquitto.</param>
/// <param name="Publisher">The benchmark process: the load generator (and its status polling).</param>
internal sealed record CpuCosts(double Ingest, double Influx, double Broker, double Publisher)
{
    public double Total => Ingest + Influx + Broker + Publisher;

    public override string ToString() =>
        FormattableString.Invariant($"CPU s per million points: ingest {Ingest:0.00}, influxd {Influx:0.00}, mosquitto {Broker:0.00}, publishers {Publisher:0.00}, total {Total:0.00}");
}
