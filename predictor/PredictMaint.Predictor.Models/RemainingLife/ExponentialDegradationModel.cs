using MathNet.Numerics.Distributions;

namespace PredictMaint.Predictor.Models.RemainingLife;

/// <summary>
/// Exponential degradation with Bayesian updating of a fleet prior: Gebraeel, Lawley, Li &amp; Ryan,
/// "Residual-life distributions from component degradation signals: a Bayesian approach",
/// IIE Transactions 37 (2005). For pumps and bearings (vibration RMS, current) rising towards a
/// failure threshold D.
/// </summary>
/// <remarks>
/// Log-signal L(t) = ln(S(t) − φ) = θ + β t + ε, ε ~ N(0, σ²) with σ known. The prior
/// N(μ₀, Σ₀) on (θ, β) is updated by conjugate linear regression: Σ = (Σ₀⁻¹ + XᵀX/σ²)⁻¹,
/// μ = Σ(Σ₀⁻¹μ₀ + XᵀL/σ²), X = [1, t]. The failure time T is the first t with L(t) ≥ ln(D − φ);
/// as in the paper, P(T ≤ t) ≈ Φ((μ_θ + μ_β t − ln(D − φ)) / √(v(t))) with
/// v(t) = Σ_θθ + 2tΣ_θβ + t²Σ_ββ, solved for its quantiles by bisection.
/// </remarks>
public static class ExponentialDegradationModel
{
    /// <summary>Posterior (mean θ, mean β, Var θ, Var β, Cov) after the observations.</summary>
    public static (double Theta, double Beta, double VarianceTheta, double VarianceBeta, double Covariance) Update(
        ReadOnlySpan<double> times, ReadOnlySpan<double> signal, ExponentialDegradationPrior prior)
    {
        ArgumentNullException.ThrowIfNull(prior);
        // Precision form: P = Σ₀⁻¹ + XᵀX/σ², b = Σ₀⁻¹μ₀ + XᵀL/σ².
        var det0 = (prior.VarianceTheta * prior.VarianceBeta) - (prior.Covariance * prior.Covariance);
        double p11 = prior.VarianceBeta / det0, p22 = prior.VarianceTheta / det0, p12 = -prior.Covariance / det0;
        var b1 = (p11 * prior.MeanTheta) + (p12 * prior.MeanBeta);
        var b2 = (p12 * prior.MeanTheta) + (p22 * prior.MeanBeta);
        var noise = prior.NoiseStd * prior.NoiseStd;
        for (var i = 0; i < times.Length; i++)
        {
            var excess = signal[i] - prior.Offset;
            if (!double.IsFinite(excess) || excess <= 0)
            {
                continue;
            }

            var log = Math.Log(excess);
            var t = times[i];
            p11 += 1 / noise;
            p12 += t / noise;
            p22 += t * t / noise;
            b1 += log / noise;
            b2 += t * log / noise;
        }

        var det = (p11 * p22) - (p12 * p12);
        double varianceTheta = p22 / det, varianceBeta = p11 / det, covariance = -p12 / det;
        return ((varianceTheta * b1) + (covariance * b2), (covariance * b1) + (varianceBeta * b2), varianceTheta, varianceBeta, covariance);
    }

    /// <summary>Remaining life after <paramref name="now"/> until the signal reaches <paramref name="threshold"/>.</summary>
    public static RemainingLifeEstimate Estimate(
        ReadOnlySpan<double> times, ReadOnlySpan<double> signal, double now, double threshold, ExponentialDegradationPrior prior, double confidence = 0.9)
    {
        ArgumentNullException.ThrowIfNull(prior);
        var posterior = Update(times, signal, prior);
        var logThreshold = Math.Log(threshold - prior.Offset);
        double Probability(double t)
        {
            var variance = posterior.VarianceTheta + (2 * t * posterior.Covariance) + (t * t * posterior.VarianceBeta);
            return Normal.CDF(0, 1, (posterior.Theta + (posterior.Beta * t) - logThreshold) / Math.Sqrt(Math.Max(variance, 1e-300)));
        }

        double Quantile(double p)
        {
            // P(T ≤ t) rises with t when β > 0; search [now, now + horizon] for the crossing.
            double low = now, high = now + 1;
            while (Probability(high) < p)
            {
                high = now + ((high - now) * 2);
                if (high - now > 1e12)
                {
                    return double.PositiveInfinity;
                }
            }

            if (Probability(low) >= p)
            {
                return 0;
            }

            for (var i = 0; i < 200 && high - low > 1e-9 * Math.Max(1, high); i++)
            {
                var middle = (low + high) / 2;
                (low, high) = Probability(middle) < p ? (middle, high) : (low, middle);
            }

            return ((low + high) / 2) - now;
        }

        var tail = (1 - confidence) / 2;
        return new RemainingLifeEstimate(Quantile(0.5), Quantile(tail), Quantile(1 - tail), confidence);
    }
}
