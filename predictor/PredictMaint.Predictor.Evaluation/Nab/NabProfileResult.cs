namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>Corpus result for one profile: the optimised threshold, the raw and the normalised score.</summary>
public sealed record NabProfileResult(string Profile, double Threshold, double RawScore, double NormalisedScore);
