using System.CommandLine;

namespace PredictMaint.Predictor.Evaluation.Filter;

/// <summary><c>eval filter --format phme20|esrel22 --train DIR [--test DIR]</c>.</summary>
public static class FilterCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "phme20 or esrel22.", Required = true };
        format.AcceptOnlyFromAmong("phme20", "esrel22");
        var train = new Option<string>("--train") { Description = "Folder of training runs (searched recursively).", Required = true };
        var test = new Option<string?>("--test") { Description = "Folder of test runs; without it, 5-fold leave-runs-out cross-validation on --train." };
        var command = new Command("filter", "Filter clogging RUL from flow and pressure drop: RMSE and < 10 % life alerts.") { format, train, test };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(format)!;
            var training = FilterRunReader.ReadFolder(parse.GetValue(train)!, name);
            var testFolder = parse.GetValue(test);
            var result = testFolder is null
                ? FilterEvaluation.CrossValidate(training, name)
                : FilterEvaluation.TrainTest(training, FilterRunReader.ReadFolder(testFolder, name), name);
            Console.WriteLine(testFolder is null ? "protocol: 5-fold leave-runs-out cross-validation, 1 s steps" : "protocol: fit on --train, score every --test run, 1 s steps");
            Console.WriteLine(result.LastLine());
            return 0;
        });
        return command;
    }
}
