namespace PredictMaint.Predictor.Scoring;

/// <summary>A device as the series in InfluxDB name it: its <c>site</c> and <c>device</c> tags.</summary>
public readonly record struct DeviceKey(string SiteId, string DeviceId)
{
    /// <summary><c>site/device</c>, the key the readers and the scorer use.</summary>
    public override string ToString() => SiteId + "/" + DeviceId;
}
