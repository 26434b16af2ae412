namespace PredictMaint.Predictor.Models.RemainingLife;

/// <summary>
/// Fleet prior of the exponential degradation model: (θ, β) ~ N((MeanTheta, MeanBeta), Σ) with
/// Σ = [[VarianceTheta, Covariance], [Covariance, VarianceBeta]], plus the known noise standard
/// deviation of the log-signal and the offset φ of S(t) = φ + exp(θ + β t + ε).
/// </summary>
public sealed record ExponentialDegradationPrior(
    double MeanTheta,
    double MeanBeta,
    double VarianceTheta,
    double VarianceBeta,
    double Covariance,
    double NoiseStd,
    double Offset = 0);
