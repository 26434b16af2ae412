using System.CommandLine;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary><c>eval fleet --devices N --days D --seed S</c>.</summary>
public static class FleetCommand
{
    public static Command Create()
    {
        var devices = new Option<int>("--devices") { Description = "Simulated devices.", DefaultValueFactory = _ => 200 };
        var days = new Option<int>("--days") { Description = "Simulated days.", DefaultValueFactory = _ => 90 };
        var seed = new Option<int>("--seed") { Description = "Simulator seed; same seed, same figures.", DefaultValueFactory = _ => 1 };
        var command = new Command("fleet", "Firmware-sim fleet scored by the service's rules: alerts for remaining life < 72 h vs ground truth.") { devices, days, seed };
        command.Validators.Add(result =>
        {
            if (result.GetValue(devices) < 1 || result.GetValue(days) < 3)
            {
                result.AddError("--devices must be at least 1 and --days at least 3.");
            }
        });
        command.SetAction(parse =>
        {
            // The service's defaults; the URL and key are never used offline.
            var options = new PredictorOptions { TicketingUrl = new Uri("http://127.0.0.1/"), TicketingApiKey = "offline" };
            var result = FleetEvaluation.Run(FleetEvaluation.Fleet(parse.GetValue(devices), parse.GetValue(days), parse.GetValue(seed)), options);
            foreach (var component in result.ByComponent.Keys)
            {
                Console.WriteLine(result.ComponentLine(component));
            }

            Console.WriteLine($"all components: alarms={result.All.Alarms} failures={result.All.Failures} detected={result.All.Detected}");
            Console.WriteLine(result.LastLine());
            return 0;
        });
        return command;
    }
}
