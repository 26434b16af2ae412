namespace PredictMaint.Predictor.Models.Forecasting;

/// <summary>A forecast with symmetric Gaussian bounds at the requested confidence, one entry per step ahead.</summary>
public sealed record SsaForecast(double[] Values, double[] Lower, double[] Upper);
