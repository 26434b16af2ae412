namespace PredictMaint.Benchmarks.Drill;

/// <summary>What the drill breaks.</summary>
internal enum FaultKind
{
    /// <summary>Mosquitto stopped (SIGTERM, it saves its persistence file) and started again on the same port.</summary>
    BrokerRestart,

    /// <summary>InfluxDB stopped for a while, then started again.</summary>
    InfluxOutage,

    /// <summary>Ingest killed with SIGKILL and started again with the same client id.</summary>
    IngestKill,

    /// <summary>One edge agent killed with SIGKILL and started again on the same queue folder.</summary>
    EdgeKill,
}
