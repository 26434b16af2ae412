using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace PredictMaint.Edge.Features;

/// <summary>
/// Pure feature extraction from a raw vibration waveform, one FFT (and one inverse) per window.
/// From acceleration, velocity is obtained by integrating in the frequency domain:
/// V(f) = A(f) / (i·2πf), so |V|² = |A|² / (2πf)²; from a velocity capture, acceleration band
/// energies by differentiating, |A|² = (2πf)²·|V|². Mean squares over a band follow from
/// Parseval's theorem on the one-sided spectrum, Σ c_k·|X_k|² / N² with c_k = 2 (1 at DC and
/// Nyquist). The peak velocity is the largest magnitude of the band-limited velocity waveform,
/// the inverse transform of V(f). Crest factor and kurtosis describe the waveform as measured.
/// </summary>
/// <remarks>
/// A rectangular window is used, so a tone that does not fall on a bin leaks into its neighbours;
/// the band sums still hold its energy as long as the band is wider than a few bins.
/// </remarks>
public static class VibrationFeatureExtractor
{
    public static readonly FrequencyBand VelocityBand = new(10, 1000);

    /// <param name="waveform">Acceleration in m/s² or velocity in mm/s, as <paramref name="quantity"/> says.</param>
    public static VibrationFeatures Compute(
        ReadOnlySpan<double> waveform, double sampleRateHz, IReadOnlyList<FrequencyBand> bands, WaveformQuantity quantity = WaveformQuantity.Acceleration)
    {
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentOutOfRangeException.ThrowIfLessThan(waveform.Length, 8, nameof(waveform));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRateHz);
        var signal = waveform;
        var fromVelocity = quantity == WaveformQuantity.Velocity;
        var n = signal.Length;

        var mean = 0.0;
        foreach (var x in signal)
        {
            mean += x;
        }

        mean /= n;
        double m2 = 0, m4 = 0, peak = 0;
        var spectrum = new Complex[n];
        for (var i = 0; i < n; i++)
        {
            var d = signal[i] - mean;
            var d2 = d * d;
            m2 += d2;
            m4 += d2 * d2;
            peak = Math.Max(peak, Math.Abs(d));
            spectrum[i] = new Complex(d, 0);
        }

        m2 /= n;
        m4 /= n;
        var rms = Math.Sqrt(m2);

        Fourier.Forward(spectrum, FourierOptions.Matlab); // unscaled forward transform
        var velocity = new Complex[n];
        var velocityMeanSquare = 0.0;
        var bandMeanSquares = new double[bands.Count];
        var normalisation = (double)n * n;
        for (var k = 1; k <= n / 2; k++)
        {
            var frequency = k * sampleRateHz / n;
            var weight = (n % 2 == 0 && k == n / 2) ? 1.0 : 2.0;
            var omega = 2 * Math.PI * frequency;
            var measured = weight * ((spectrum[k].Real * spectrum[k].Real) + (spectrum[k].Imaginary * spectrum[k].Imaginary)) / normalisation;
            // Velocity in m/s: mm/s captures are scaled, acceleration is integrated.
            var meanSquare = fromVelocity ? measured * 1e-6 * omega * omega : measured;
            if (VelocityBand.Contains(frequency))
            {
                velocityMeanSquare += fromVelocity ? measured * 1e-6 : meanSquare / (omega * omega);
                // V = A / (iω) = −iA/ω, mirrored onto the negative frequency so the waveform is real.
                velocity[k] = fromVelocity ? spectrum[k] * 1e-3 : spectrum[k] * new Complex(0, -1 / omega);
                if (n - k != k)
                {
                    velocity[n - k] = Complex.Conjugate(velocity[k]);
                }
            }

            for (var b = 0; b < bands.Count; b++)
            {
                if (bands[b].Contains(frequency))
                {
                    bandMeanSquares[b] += meanSquare;
                }
            }
        }

        Fourier.Inverse(velocity, FourierOptions.Matlab); // scaled by 1/N: the waveform itself
        var peakVelocity = 0.0;
        foreach (var v in velocity)
        {
            peakVelocity = Math.Max(peakVelocity, Math.Abs(v.Real));
        }

        return new VibrationFeatures(
            RmsVelocityMillimetresPerSecond: Math.Sqrt(velocityMeanSquare) * 1000.0,
            PeakVelocityMillimetresPerSecond: peakVelocity * 1000.0,
            WaveformPeak: peak,
            CrestFactor: rms > 0 ? peak / rms : 0,
            Kurtosis: m2 > 0 ? m4 / (m2 * m2) : 0,
            BandMeanSquares: bandMeanSquares);
    }
}
