namespace PredictMaint.FirmwareSim.Export;

/// <summary>What <see cref="FleetExporter"/> writes per device.</summary>
internal enum ExportFormat
{
    /// <summary>The telemetry as published: <c>ts,site,device,model,seq</c> and every channel.</summary>
    Telemetry,

    /// <summary>A labelled historian export (timestamp, channels, <c>anomaly</c>, <c>changepoint</c>) from the ground truth.</summary>
    Labelled,
}
