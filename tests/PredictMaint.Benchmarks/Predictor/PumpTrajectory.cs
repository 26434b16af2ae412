namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// Pump degradation d by hour: <paramref name="Initial"/> until <paramref name="OnsetHour"/>, then
/// rising linearly to the end-of-life level 0.3 at <paramref name="EndOfLifeHour"/> (and on, to at
/// most 0.35: a worn pump keeps running until it is serviced).
/// </summary>
internal readonly record struct PumpTrajectory(double Initial, double OnsetHour, double EndOfLifeHour)
{
    private const double EndOfLife = 0.3;

    public double Degradation(double hour) => hour <= OnsetHour
        ? Initial
        : Math.Min(Initial + ((EndOfLife - Initial) * (hour - OnsetHour) / (EndOfLifeHour - OnsetHour)), 0.35);
}
