using System.CommandLine;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary><c>eval fleet --devices N --days D --seed S [--trace DEVICE]</c>.</summary>
public static class FleetCommand
{
    public static Command Create()
    {
        var devices = new Option<int>("--devices") { Description = "Simulated devices.", DefaultValueFactory = _ => 200 };
        var days = new Option<int>("--days") { Description = "Simulated days.", DefaultValueFactory = _ => 90 };
        var seed = new Option<int>("--seed") { Description = "Simulator seed; same seed, same figures.", DefaultValueFactory = _ => 1 };
        var trace = new Option<string?>("--trace")
        {
            HelpName = "DEVICE",
            Description = "Score only this device of the fleet (e.g. pur-00322) and print its ground truth, each change of a rule's verdict (prediction, clear, sensor suspect) and its tickets; the last line is its figures alone.",
        };
        var command = new Command("fleet", "Firmware-sim fleet scored by the service's rules: alerts for remaining life < 72 h vs ground truth.") { devices, days, seed, trace };
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
            var fleet = FleetEvaluation.Fleet(parse.GetValue(devices), parse.GetValue(days), parse.GetValue(seed));
            var result = parse.GetValue(trace) is { } device ? FleetTrace.Run(fleet, options, device, Console.Out) : FleetEvaluation.Run(fleet, options);
            if (result is null)
            {
                Console.Error.WriteLine($"No device {parse.GetValue(trace)} in this fleet.");
                return 2;
            }

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
