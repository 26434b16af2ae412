namespace PredictMaint.Predictor.Evaluation.Cmapss;

/// <summary>One engine's cycles: operating settings and sensor readings per cycle, in cycle order.</summary>
public sealed record CmapssUnit(int Id, IReadOnlyList<double[]> Settings, IReadOnlyList<double[]> Sensors)
{
    public int Cycles => Sensors.Count;
}
