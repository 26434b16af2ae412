namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>
/// One scorable row: the detector's anomaly score, the row's unweighted reward if it were a
/// detection (scaled sigmoid of its position), and the corpus-unique id of the window it lies in
/// (−1 outside every window).
/// </summary>
public readonly record struct NabPoint(double AnomalyScore, double UnweightedReward, int Window);
