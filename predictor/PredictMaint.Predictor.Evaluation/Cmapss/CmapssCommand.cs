using System.CommandLine;
using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Evaluation.Cmapss;

/// <summary><c>eval cmapss --data DIR --subset FD00x [--seed N] [--trees N]</c>.</summary>
public static class CmapssCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with train_/test_/RUL_FD00x.txt.", Required = true };
        var subset = new Option<string>("--subset") { Description = "FD001 … FD004.", DefaultValueFactory = _ => "FD001" };
        var seed = new Option<int>("--seed") { Description = "Random seed (row and feature subsampling).", DefaultValueFactory = _ => 1 };
        var trees = new Option<int>("--trees") { Description = "Boosting rounds.", DefaultValueFactory = _ => new GradientBoostingOptions().Trees };
        var command = new Command("cmapss", "NASA C-MAPSS turbofan RUL: RMSE and NASA score on the test units.") { data, subset, seed, trees };
        command.SetAction(parse =>
        {
            var options = new GradientBoostingOptions { Seed = parse.GetValue(seed), Trees = parse.GetValue(trees) };
            var result = CmapssEvaluation.Run(parse.GetValue(data)!, parse.GetValue(subset)!, options);
            Console.WriteLine($"operating regimes found: {result.Regimes}; model: {options}");
            Console.WriteLine(result.LastLine());
            return 0;
        });
        return command;
    }
}
