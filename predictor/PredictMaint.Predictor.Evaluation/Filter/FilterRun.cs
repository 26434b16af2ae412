namespace PredictMaint.Predictor.Evaluation.Filter;

/// <summary>One run-to-failure experiment, averaged to one sample per second and cut at end of life.</summary>
public sealed record FilterRun(string Name, double[] Seconds, double[] Flow, double[] PressureDrop, double EndOfLifeSeconds)
{
    public double Life => EndOfLifeSeconds - Seconds[0];
}
