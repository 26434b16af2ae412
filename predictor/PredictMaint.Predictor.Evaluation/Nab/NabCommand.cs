using System.CommandLine;
using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary><c>eval nab --data DIR [--detector NAME --results DIR]</c>.</summary>
public static class NabCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "NAB corpus root (data/, labels/, config/).", Required = true };
        var detector = new Option<string>("--detector") { Description = $"'{NabStreamingDetector.NoveltyEnsembleName}', '{NabStreamingDetector.CombinedName}' or '{NabStreamingDetector.SpectralResidualName}' (ours), or the name of a detector whose raw output is in --results.", DefaultValueFactory = _ => NabStreamingDetector.NoveltyEnsembleName };
        var results = new Option<string?>("--results") { Description = "Folder of a detector's raw output (category/DETECTOR_file.csv with anomaly_score)." };
        var optimise = new Option<bool>("--optimise-threshold") { Description = "With --results, optimise the threshold over the corpus instead of using the detector's published per-profile thresholds." };
        var command = new Command("nab", "Numenta Anomaly Benchmark: standard, reward-low-FP and reward-low-FN scores.") { data, detector, results, optimise };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(detector)!;
            var resultsDirectory = parse.GetValue(results);
            if (!NabStreamingDetector.IsOurs(name) && resultsDirectory is null)
            {
                Console.Error.WriteLine($"--results is required for detector '{name}'.");
                return 2;
            }

            var scores = Run(parse.GetValue(data)!, name, resultsDirectory, parse.GetValue(optimise));
            foreach (var score in scores)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Profile,-20} threshold={score.Threshold:0.######} raw={score.RawScore:0.####} normalised={score.NormalisedScore:0.00}"));
            }

            Console.WriteLine(LastLine(scores));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Scores the corpus under <paramref name="dataRoot"/> for every profile in its config. Our
    /// detector's threshold is always optimised over the corpus; a published detector is scored at
    /// its published thresholds (as NAB's leaderboard was) unless <paramref name="optimiseThreshold"/>.
    /// </summary>
    public static IReadOnlyList<NabProfileResult> Run(string dataRoot, string detector, string? resultsDirectory, bool optimiseThreshold = false)
    {
        var files = NabCorpus.Load(dataRoot);
        Parallel.ForEach(files, file => file.Scores = resultsDirectory is null
            ? NabStreamingDetector.Score(file.Values, detector)
            : NabCorpus.ReadResults(resultsDirectory, detector, file));
        var profiles = NabProfile.Load(Path.Combine(dataRoot, "config", "profiles.json"));
        var thresholds = resultsDirectory is null || optimiseThreshold ? null : NabCorpus.ReadPublishedThresholds(resultsDirectory, detector, profiles);
        return NabBenchmark.Score(files, profiles, thresholds);
    }

    public static string LastLine(IReadOnlyList<NabProfileResult> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        double Find(string profile) => scores.Single(s => s.Profile == profile).NormalisedScore;
        return string.Create(CultureInfo.InvariantCulture, $"nab standard={Find("standard"):0.00} low_fp={Find("reward_low_FP_rate"):0.00} low_fn={Find("reward_low_FN_rate"):0.00}");
    }
}
