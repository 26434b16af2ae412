namespace PredictMaint.FirmwareSim.Physics;

/// <summary>
/// Vibration velocity of the motor bearing over its age, ISO 10816-style.
/// </summary>
/// <remarks>
/// Before the degradation onset t_on the RMS velocity stays at the healthy baseline v_0.
/// After it, a spall grows and RMS rises roughly exponentially:
/// v(a) = v_0 · exp(λ · (a − t_on)), with λ = ln(v_end / v_0) / G so that v reaches the end-of-life
/// level v_end (the ISO 10816-1 class I zone C/D boundary, 4.5 mm/s) G after the onset.
/// Impacts from the defect make the signal impulsive: kurtosis K = 3 + 6 · (1 − v_0 / v) and
/// peak = v · CF with crest factor CF = 3 + 0.6 · (K − 3) (Gaussian vibration has K = 3, CF ≈ 3).
/// </remarks>
internal sealed record BearingWear(
    TimeSpan Onset,
    TimeSpan GrowthToEndOfLife,
    double BaselineRmsMillimetresPerSecond = 1.4,
    double EndOfLifeRmsMillimetresPerSecond = 4.5)
{
    /// <summary>ISO 10816-1 class I (small machines) zone boundaries A/B, B/C and C/D in mm/s.</summary>
    public static IReadOnlyList<double> ClassOneZoneBoundaries { get; } = [0.71, 1.8, 4.5];

    public double RmsMillimetresPerSecond(TimeSpan age)
    {
        if (age <= Onset)
        {
            return BaselineRmsMillimetresPerSecond;
        }

        var rate = Math.Log(EndOfLifeRmsMillimetresPerSecond / BaselineRmsMillimetresPerSecond) / GrowthToEndOfLife.TotalHours;
        // Capped at 4x the end-of-life level: past that the machine has long been stopped in reality.
        return Math.Min(BaselineRmsMillimetresPerSecond * Math.Exp(rate * (age - Onset).TotalHours), 4 * EndOfLifeRmsMillimetresPerSecond);
    }

    public double Kurtosis(double rms) => 3.0 + (6.0 * Math.Max(0.0, 1.0 - (BaselineRmsMillimetresPerSecond / rms)));

    public static double CrestFactor(double kurtosis) => 3.0 + (0.6 * (kurtosis - 3.0));

    /// <summary>The bearing age at which RMS reaches the end-of-life level.</summary>
    public TimeSpan EndOfLifeAge => Onset + GrowthToEndOfLife;
}
