namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// One complete hour the pump rule judges: its age as a negative number of hours (oldest first in
/// a window), the wear indicator S, and the readings behind it, kept together so that screening an
/// hour out drops all of them at once.
/// </summary>
/// <param name="Hour">Hours relative to the evaluation time (negative: in the past).</param>
/// <param name="Indicator">S = η₀ (I·U − P₀) / (Q·H); NaN when the hour's head is not trusted.</param>
/// <param name="Amps">Motor current while running (A).</param>
/// <param name="HydraulicWatts">Q·H the flow meter and the head imply (W).</param>
/// <param name="DropPerFlow">Filter pressure drop over flow (kPa per L/min): the filter's apparent resistance.</param>
public readonly record struct PumpHour(double Hour, double Indicator, double Amps, double HydraulicWatts, double DropPerFlow)
{
    /// <summary>Hours the pump ran from the window's start to the end of this hour (wear advances with them); NaN when unknown.</summary>
    public double RunHours { get; init; } = double.NaN;
}
