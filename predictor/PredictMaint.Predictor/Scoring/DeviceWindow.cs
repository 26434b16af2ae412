namespace PredictMaint.Predictor.Scoring;

/// <summary>A device's recent telemetry, oldest first, as read from the time series store.</summary>
public sealed record DeviceWindow(
    string SiteId,
    string DeviceId,
    string Model,
    DateTimeOffset[] Times,
    double[] PressureDropKpa,
    double[] FlowLitresPerMinute,
    double[] WaterTemperatureCelsius);
