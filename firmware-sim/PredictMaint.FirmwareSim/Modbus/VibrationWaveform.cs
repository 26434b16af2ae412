namespace PredictMaint.FirmwareSim.Modbus;

/// <summary>
/// A synthetic accelerometer capture (velocity, mm/s) whose RMS matches the simulated bearing and
/// whose impulsiveness grows with its kurtosis: shaft rotation at <see cref="ShaftHz"/> and its
/// second harmonic, Gaussian noise, and decaying impacts at the outer-race defect frequency
/// <see cref="DefectHz"/> once kurtosis rises above 3.
/// </summary>
internal static class VibrationWaveform
{
    public const double ShaftHz = 48.0;
    public const double DefectHz = 147.0;

    public static void Fill(Span<double> samples, int sampleRateHz, double rms, double kurtosis, Random random)
    {
        var impact = Math.Max(0.0, kurtosis - 3.0);
        var period = sampleRateHz / DefectHz;
        for (var n = 0; n < samples.Length; n++)
        {
            var t = n / (double)sampleRateHz;
            var phaseInPeriod = n % period;
            samples[n] = Math.Sin(2 * Math.PI * ShaftHz * t) + (0.3 * Math.Sin(2 * Math.PI * 2 * ShaftHz * t))
                + (0.4 * Physics.Gaussian.Next(random, 0, 1))
                + (impact * 1.5 * Math.Exp(-phaseInPeriod / 1.2) * Math.Sin(2 * Math.PI * 0.35 * phaseInPeriod));
        }

        var mean = 0.0;
        foreach (var x in samples)
        {
            mean += x;
        }

        mean /= samples.Length;
        var energy = 0.0;
        foreach (var x in samples)
        {
            energy += (x - mean) * (x - mean);
        }

        var gain = energy > 0 ? rms / Math.Sqrt(energy / samples.Length) : 0.0;
        for (var n = 0; n < samples.Length; n++)
        {
            samples[n] = (samples[n] - mean) * gain;
        }
    }
}
