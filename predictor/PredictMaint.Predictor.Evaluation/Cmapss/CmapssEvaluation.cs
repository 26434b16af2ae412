using PredictMaint.Predictor.Models.Regression;
using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Evaluation.Cmapss;

/// <summary>
/// The standard C-MAPSS protocol: fit on every cycle of the training units with the target
/// min(RUL, cap), predict one RUL per test unit at its last cycle, compare with RUL_*.
/// Intervals: a second model fitted without every <see cref="CalibrationFold"/>-th training unit
/// gives conformal residuals on those units' cycles (<see cref="ConformalIntervals"/>); coverage
/// is the share of test units whose true RUL, capped like the target, lies in the interval.
/// </summary>
public static class CmapssEvaluation
{
    public const double RemainingLifeCap = 125;
    public const int CalibrationFold = 5;
    public const double IntervalConfidence = 0.9;

    public static CmapssResult Run(string dataDirectory, string subset, GradientBoostingOptions options)
    {
        var training = CmapssReader.ReadUnits(Path.Combine(dataDirectory, $"train_{subset}.txt"));
        var test = CmapssReader.ReadUnits(Path.Combine(dataDirectory, $"test_{subset}.txt"));
        var truth = CmapssReader.ReadRemainingLife(Path.Combine(dataDirectory, $"RUL_{subset}.txt"));
        if (truth.Length != test.Count)
        {
            throw new InvalidDataException($"RUL_{subset}.txt has {truth.Length} values for {test.Count} test units.");
        }

        var features = CmapssFeatures.Fit(training);
        var rows = training.Select(features.ForEveryCycle).ToArray();
        bool Held(int unit) => unit % CalibrationFold == CalibrationFold - 1;
        var calibrationModel = Fit(rows, training, options, unit => !Held(unit));
        var calibrationPredicted = new List<double>();
        var calibrationTruth = new List<double>();
        for (var u = 0; u < training.Count; u++)
        {
            if (Held(u))
            {
                for (var t = 0; t < rows[u].Length; t++)
                {
                    calibrationPredicted.Add(Math.Clamp(calibrationModel.Predict(rows[u][t]), 0, RemainingLifeCap));
                    calibrationTruth.Add(Target(training[u], t));
                }
            }
        }

        var intervals = ConformalIntervals.Fit([.. calibrationPredicted], [.. calibrationTruth], IntervalConfidence);
        var model = Fit(rows, training, options, _ => true);
        var predicted = test
            .Select(unit => Math.Clamp(model.Predict(features.ForEveryCycle(unit)[^1]), 0, RemainingLifeCap))
            .ToArray();
        var coverage = ConformalIntervals.Coverage(
            truth.Select(t => Math.Min(t, RemainingLifeCap)).ToArray(),
            predicted.Select(intervals.Interval).ToArray());
        return new CmapssResult(
            subset,
            test.Count,
            CmapssMetrics.Rmse(predicted, truth),
            CmapssMetrics.NasaScore(predicted, truth),
            features.Regimes,
            coverage);
    }

    private static double Target(CmapssUnit unit, int cycleIndex) => Math.Min(unit.Cycles - 1 - cycleIndex, RemainingLifeCap);

    private static GradientBoostedTrees Fit(double[][][] rows, IReadOnlyList<CmapssUnit> units, GradientBoostingOptions options, Func<int, bool> include)
    {
        var features = new List<double[]>();
        var targets = new List<double>();
        for (var u = 0; u < units.Count; u++)
        {
            if (include(u))
            {
                for (var t = 0; t < rows[u].Length; t++)
                {
                    features.Add(rows[u][t]);
                    targets.Add(Target(units[u], t));
                }
            }
        }

        return GradientBoostedTrees.Fit(features, targets.ToArray(), options);
    }
}
