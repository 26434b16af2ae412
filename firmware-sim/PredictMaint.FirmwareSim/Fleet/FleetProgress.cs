namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>Where a fleet run stands, reported after every message round.</summary>
internal sealed record FleetProgress(
    DateTimeOffset SimulatedTime,
    double FractionDone,
    long MessagesPublished,
    long SamplesPublished,
    int FiltersPastEndOfLife);
