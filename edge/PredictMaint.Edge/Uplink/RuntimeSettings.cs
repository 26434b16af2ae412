namespace PredictMaint.Edge.Uplink;

/// <summary>The settings in force; replaced as a whole, so a loop never sees half of a new configuration.</summary>
public sealed record RuntimeSettings(TimeSpan SampleInterval, int MaxSamplesPerMessage, TimeSpan MaxBatchAge, string? ConfigVersion);
