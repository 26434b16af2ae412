namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// Bearing RMS velocity by hour (firmware-sim's <c>BearingWear</c> at hourly resolution): the
/// baseline until <paramref name="OnsetHour"/>, then exponential growth reaching the ISO 10816-1
/// class I zone C/D boundary (4.5 mm/s) <paramref name="GrowthHours"/> later, capped at 4× that.
/// </summary>
internal readonly record struct BearingTrajectory(double BaselineRms, double OnsetHour, double GrowthHours)
{
    private const double EndOfLifeRms = 4.5;

    public double Rms(double hour) => hour <= OnsetHour
        ? BaselineRms
        : Math.Min(BaselineRms * Math.Exp(Math.Log(EndOfLifeRms / BaselineRms) / GrowthHours * (hour - OnsetHour)), 4 * EndOfLifeRms);

    /// <summary>Impacts from a spall make the vibration impulsive; Gaussian vibration has kurtosis 3.</summary>
    public double Kurtosis(double rms) => 3.0 + (6.0 * Math.Max(0.0, 1.0 - (BaselineRms / rms)));
}
