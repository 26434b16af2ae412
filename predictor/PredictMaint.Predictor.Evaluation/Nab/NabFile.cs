namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>One NAB series with its labelled windows and the detector's scores.</summary>
public sealed record NabFile(
    string RelativePath,
    IReadOnlyList<DateTime> Times,
    double[] Values,
    IReadOnlyList<(DateTime Start, DateTime End)> Windows)
{
    /// <summary>Anomaly score per row in [0, 1]; set by the detector or read from published results.</summary>
    public double[] Scores { get; set; } = [];
}
