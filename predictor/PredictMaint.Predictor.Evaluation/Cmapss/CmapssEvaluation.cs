using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Evaluation.Cmapss;

/// <summary>
/// The standard C-MAPSS protocol: fit on every cycle of the training units with the target
/// min(RUL, cap), predict one RUL per test unit at its last cycle, compare with RUL_*.
/// </summary>
public static class CmapssEvaluation
{
    public const double RemainingLifeCap = 125;

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
        var rows = new List<double[]>();
        var targets = new List<double>();
        foreach (var unit in training)
        {
            var unitRows = features.ForEveryCycle(unit);
            for (var t = 0; t < unitRows.Length; t++)
            {
                rows.Add(unitRows[t]);
                targets.Add(Math.Min(unit.Cycles - 1 - t, RemainingLifeCap));
            }
        }

        var model = GradientBoostedTrees.Fit(rows, targets.ToArray(), options);
        var predicted = test
            .Select(unit => Math.Clamp(model.Predict(features.ForEveryCycle(unit)[^1]), 0, RemainingLifeCap))
            .ToArray();
        return new CmapssResult(
            subset,
            test.Count,
            CmapssMetrics.Rmse(predicted, truth),
            CmapssMetrics.NasaScore(predicted, truth),
            features.Regimes);
    }
}
