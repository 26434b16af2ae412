using System.CommandLine;

namespace PredictMaint.Predictor.Evaluation.Multivariate;

/// <summary><c>eval multivariate --data DIR</c>.</summary>
public static class MultivariateCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder of labelled CSV files (';' or ','; timestamp, sensors, 0/1 anomaly and changepoint).", Required = true };
        var command = new Command("multivariate", "Labelled multivariate exports: point-wise F1, false/missed-alarm rates, changepoint NAB score.") { data };
        command.SetAction(parse =>
        {
            MultivariateResult result;
            try
            {
                result = MultivariateEvaluation.Run(MultivariateReader.ReadFolder(parse.GetValue(data)!));
            }
            catch (Exception error) when (error is InvalidDataException or IOException)
            {
                Console.Error.WriteLine(error.Message);
                return 2;
            }

            Console.WriteLine($"detector: Hotelling T², reference {MultivariateEvaluation.ReferenceFraction:P0} of each file, false-alarm rate {MultivariateEvaluation.FalseAlarmRate}");
            Console.WriteLine(result.LastLine());
            return 0;
        });
        return command;
    }
}
