using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Evaluation.Filter;

/// <summary>
/// Scores <see cref="FilterCloggingModel"/> on filter runs. What is learnt from training runs is
/// small: a calibration factor (median of true / predicted RUL) and the median and spread of run
/// life. The physics estimate and the fleet's "median life minus age" are combined by inverse
/// variance, the physics variance taken from its interval width: early in a run, when the
/// clogging curve cannot yet be extrapolated, the fleet figure dominates. RMSE is over every second of every run;
/// an alert is "predicted remaining life below 10 % of the predicted total life", judged against
/// "true remaining life below 10 % of the run's life", time step by time step. Intervals are
/// conformal (<see cref="ConformalIntervals"/>) on the calibrated predictions' errors over the
/// training runs; coverage is the share of scored seconds whose true RUL lies in the interval.
/// </summary>
public static class FilterEvaluation
{
    public const double IntervalConfidence = 0.9;

    /// <summary>k-fold leave-runs-out cross-validation (run i in fold i mod k, runs sorted by name).</summary>
    public static FilterResult CrossValidate(IReadOnlyList<FilterRun> runs, string format, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var scored = new List<(double Predicted, double Truth, double Life, RemainingLifeEstimate Interval)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = runs.Where((_, i) => i % folds != fold).ToList();
            var calibration = Calibrate(training, format);
            foreach (var run in runs.Where((_, i) => i % folds == fold))
            {
                scored.AddRange(Scored(run, format, calibration));
            }
        }

        return Summarise(format, runs.Count, scored);
    }

    public static FilterResult TrainTest(IReadOnlyList<FilterRun> training, IReadOnlyList<FilterRun> test, string format)
    {
        ArgumentNullException.ThrowIfNull(test);
        var calibration = Calibrate(training, format);
        var scored = test.SelectMany(run => Scored(run, format, calibration)).ToList();
        return Summarise(format, test.Count, scored);
    }

    public static FilterCalibration Calibrate(IReadOnlyList<FilterRun> training, string format)
    {
        ArgumentNullException.ThrowIfNull(training);
        var medianLife = Median(training.Select(r => r.Life));
        var lives = training.Select(r => r.Life).ToArray();
        var lifeStd = Math.Sqrt(lives.Average(l => (l - lives.Average()) * (l - lives.Average())));
        var raw = new FilterCalibration(1, medianLife, lifeStd);
        var ratios = training
            .SelectMany(run => Predict(run, format, raw, calibrated: false))
            .Where(p => p.Truth > 0 && p.Predicted > 0 && double.IsFinite(p.Predicted))
            .Select(p => p.Truth / p.Predicted);
        var calibration = new FilterCalibration(ratios.Any() ? Median(ratios) : 1, medianLife, lifeStd);
        var calibrated = training.SelectMany(run => Predict(run, format, calibration)).ToArray();
        var intervals = ConformalIntervals.Fit(
            calibrated.Select(p => p.Predicted).ToArray(), calibrated.Select(p => p.Truth).ToArray(), IntervalConfidence);
        return calibration with { Intervals = intervals };
    }

    private static IEnumerable<(double Predicted, double Truth, double Life, RemainingLifeEstimate Interval)> Scored(FilterRun run, string format, FilterCalibration calibration) =>
        Predict(run, format, calibration).Select(p => (p.Predicted, p.Truth, run.Life, calibration.Intervals!.Interval(p.Predicted)));

    public static IEnumerable<(double Predicted, double Truth)> Predict(FilterRun run, string format, FilterCalibration calibration, bool calibrated = true)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(calibration);
        var threshold = FilterRunReader.Threshold(format);
        for (var t = 0; t < run.Seconds.Length; t++)
        {
            var elapsed = run.Seconds[t] - run.Seconds[0];
            var fallback = Math.Max(0, calibration.MedianLife - elapsed);
            var estimate = FilterCloggingModel.Estimate(run.Seconds.AsSpan(0, t + 1), run.Flow.AsSpan(0, t + 1), run.PressureDrop.AsSpan(0, t + 1), threshold);
            if (!calibrated)
            {
                yield return (estimate is { } raw ? raw.Median : double.NaN, run.EndOfLifeSeconds - run.Seconds[t]);
                continue;
            }

            var predicted = fallback;
            if (estimate is { } e && double.IsFinite(e.Median) && double.IsFinite(e.Upper))
            {
                var physics = Math.Min(calibration.Factor * e.Median, 2 * calibration.MedianLife);
                // Extrapolation error grows with the distance extrapolated: half the predicted life,
                // on top of the fit's own interval.
                var fitStd = calibration.Factor * (e.Upper - e.Lower) / 4;
                var physicsStd = Math.Max(Math.Sqrt((fitStd * fitStd) + (0.25 * physics * physics)), 1e-6);
                var fleetStd = Math.Max(calibration.LifeStd, 1e-6);
                var (wp, wf) = (1 / (physicsStd * physicsStd), 1 / (fleetStd * fleetStd));
                predicted = ((wp * physics) + (wf * fallback)) / (wp + wf);
            }

            yield return (predicted, run.EndOfLifeSeconds - run.Seconds[t]);
        }
    }

    private static FilterResult Summarise(string format, int runs, List<(double Predicted, double Truth, double Life, RemainingLifeEstimate Interval)> scored)
    {
        var coverage = ConformalIntervals.Coverage(scored.Select(s => s.Truth).ToArray(), scored.Select(s => s.Interval).ToArray());
        var rmse = Math.Sqrt(scored.Average(s => (s.Predicted - s.Truth) * (s.Predicted - s.Truth)));
        int alerts = 0, correct = 0, positives = 0;
        foreach (var (predicted, truth, life, _) in scored)
        {
            var elapsed = life - truth;
            var alert = predicted < 0.1 * (elapsed + predicted);
            var positive = truth < 0.1 * life;
            alerts += alert ? 1 : 0;
            positives += positive ? 1 : 0;
            correct += alert && positive ? 1 : 0;
        }

        return new FilterResult(format, runs, rmse, alerts == 0 ? 0 : correct / (double)alerts, positives == 0 ? 0 : correct / (double)positives, coverage);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }
}
