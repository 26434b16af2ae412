namespace PredictMaint.Ingest.Rollups;

public enum RollupKind
{
    Hourly,
    Daily,
}
