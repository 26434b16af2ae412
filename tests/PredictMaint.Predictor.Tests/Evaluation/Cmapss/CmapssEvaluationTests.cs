using System.Globalization;
using PredictMaint.Predictor.Evaluation.Cmapss;
using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Tests.Evaluation.Cmapss;

public sealed class CmapssEvaluationTests
{
    // Regression bound: FD001 with the default model and seed 1 measured RMSE 12.58, score 214.5, coverage 0.90.
    // Tighten as the model improves.
    private const double Fd001RmseBound = 13.0;

    [Fact]
    public void Run_Fd001StandardProtocol_RmseWithinRegressionBound()
    {
        var result = CmapssEvaluation.Run(PublicDatasets.Folder("cmapss"), "FD001", new GradientBoostingOptions());
        Assert.Equal(100, result.Units);
        Assert.Equal(1, result.Regimes);
        Assert.InRange(result.Rmse, 0, Fd001RmseBound);

        // 90 % conformal intervals; measured 0.90. With 100 units the binomial spread is ±0.03.
        Assert.InRange(result.Coverage, 0.82, 0.97);
    }

    /// <summary>
    /// FD002/FD004 are not in the shared data sets, so FD001 is played under six operating conditions
    /// like theirs: every cycle gets one of FD002's six settings and each condition shifts and scales
    /// every sensor by far more than the wear signal. With the regimes found and each normalised on its
    /// own statistics, the task is FD001's again and so must be the error; without them it is not.
    /// </summary>
    [Fact]
    public void Run_Fd001PlayedUnderSixOperatingConditions_FindsTheRegimesAndKeepsTheError()
    {
        var folder = Directory.CreateTempSubdirectory("pm-cmapss-multi-").FullName;
        try
        {
            var source = PublicDatasets.Folder("cmapss");
            foreach (var kind in new[] { "train", "test" })
            {
                File.WriteAllLines(
                    Path.Combine(folder, $"{kind}_FDM06.txt"),
                    File.ReadLines(Path.Combine(source, $"{kind}_FD001.txt")).Where(l => l.Trim().Length > 0).Select(UnderSixConditions));
            }

            File.Copy(Path.Combine(source, "RUL_FD001.txt"), Path.Combine(folder, "RUL_FDM06.txt"));

            var result = CmapssEvaluation.Run(folder, "FDM06", new GradientBoostingOptions());

            Assert.Equal(6, result.Regimes);
            // Measured 13.25 (FD001 itself: 12.58); with one regime for all rows (no normalisation) 14.63.
            Assert.InRange(result.Rmse, 0, Fd001RmseBound + 0.5);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void NasaScore_LatePredictionCostsMoreThanEarly()
    {
        var late = CmapssMetrics.NasaScore([60], [50]);
        var early = CmapssMetrics.NasaScore([40], [50]);
        Assert.Equal(Math.Exp(1) - 1, late, 12);
        Assert.Equal(Math.Exp(10.0 / 13) - 1, early, 12);
        Assert.True(late > early);
        Assert.Equal(10, CmapssMetrics.Rmse([60, 40], [50, 50]), 12);
    }

    // FD002's six operating conditions: altitude (kft), Mach number, throttle resolver angle.
    private static readonly double[][] Conditions = [[0, 0, 100], [10, 0.25, 100], [20, 0.7, 100], [25, 0.62, 60], [35, 0.84, 100], [42, 0.84, 100]];

    private static string UnderSixConditions(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var (unit, cycle) = ((int)fields[0], (int)fields[1]);
        var k = (int)(((unit * 7919L) + (cycle * 104729L)) % Conditions.Length);
        for (var s = 0; s < 3; s++)
        {
            fields[2 + s] = Conditions[k][s] + (fields[2 + s] * 0.5); // FD001's small setting jitter kept
        }

        for (var j = 5; j < fields.Length; j++)
        {
            // Shift by up to ±50 % of the reading and scale by up to +50 %: regime, not wear, dominates.
            fields[j] = (fields[j] * (1 + (0.1 * k))) + ((k - 2.5) * 0.2 * Math.Abs(fields[j]));
        }

        return string.Join(' ', fields.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
    }
}
