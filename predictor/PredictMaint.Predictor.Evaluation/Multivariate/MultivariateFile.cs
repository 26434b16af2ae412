namespace PredictMaint.Predictor.Evaluation.Multivariate;

/// <summary>One labelled multivariate export: sensor rows in time order and the 0/1 labels per row.</summary>
public sealed record MultivariateFile(
    string Name,
    IReadOnlyList<string> Sensors,
    IReadOnlyList<DateTime> Times,
    IReadOnlyList<double[]> Rows,
    bool[] Anomaly,
    bool[] Changepoint);
