using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary><c>pm-firmware-sim run</c>: play a fleet over MQTT and write the ground truth.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var devices = new Option<int>("--devices") { Description = "Number of simulated purifiers.", DefaultValueFactory = _ => 50 };
        var sites = new Option<int>("--sites") { Description = "Number of customer sites the devices are spread over.", DefaultValueFactory = _ => 10 };
        var days = new Option<double>("--days") { Description = "Simulated duration in days.", DefaultValueFactory = _ => 30 };
        var minutes = new Option<double>("--minutes") { Description = "Real minutes the run should take (0 = as fast as possible).", DefaultValueFactory = _ => 0 };
        var failing = new Option<double>("--failing-fraction") { Description = "Share of devices whose filter reaches end of life in the run.", DefaultValueFactory = _ => 0.2 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same fleet and data.", DefaultValueFactory = _ => 42 };
        var start = new Option<DateTimeOffset>("--start") { Description = "Simulated start time (UTC).", DefaultValueFactory = _ => new FleetOptions().Start };
        var host = new Option<string>("--mqtt-host") { Description = "Broker host.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--mqtt-port") { Description = "Broker port.", DefaultValueFactory = _ => 1883 };
        var username = new Option<string?>("--mqtt-username") { Description = "Broker user name (optional)." };
        var password = new Option<string?>("--mqtt-password") { Description = "Broker password (optional; prefer PM_MQTT_PASSWORD)." };
        var truth = new Option<FileInfo>("--truth") { Description = "Where to write the ground-truth JSON.", DefaultValueFactory = _ => new FileInfo("ground-truth.json") };

        var command = new Command("run", "Simulate a fleet of purifiers and publish their telemetry to MQTT.")
        {
            devices, sites, days, minutes, failing, seed, start, host, port, username, password, truth,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var duration = TimeSpan.FromDays(result.GetValue(days));
            var realMinutes = result.GetValue(minutes);
            var options = new FleetOptions
            {
                Devices = result.GetValue(devices),
                Sites = Math.Min(result.GetValue(sites), result.GetValue(devices)),
                Duration = duration,
                Speed = realMinutes > 0 ? duration.TotalSeconds / (realMinutes * 60) : 0,
                FailingFraction = result.GetValue(failing),
                Seed = result.GetValue(seed),
                Start = result.GetValue(start),
            };
            var mqttPassword = result.GetValue(password) ?? Environment.GetEnvironmentVariable("PM_MQTT_PASSWORD");
            var mqttUser = result.GetValue(username);
            MqttClientOptionsBuilder Connection(string clientId)
            {
                var builder = new MqttClientOptionsBuilder().WithTcpServer(result.GetValue(host)!, result.GetValue(port)).WithClientId(clientId);
                return mqttUser is null ? builder : builder.WithCredentials(mqttUser, mqttPassword);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"simulating {options.Devices} devices over {options.Duration.TotalDays:0.#} days from {options.Start:yyyy-MM-dd} (speed {(options.Speed > 0 ? options.Speed.ToString("0", CultureInfo.InvariantCulture) + "x" : "unpaced")}, seed {options.Seed})"));
            var runner = new FleetRunner(options, Connection, TimeProvider.System);
            var report = await runner.RunAsync(new ConsoleProgress(), cancellationToken);

            var path = result.GetValue(truth)!;
            await File.WriteAllBytesAsync(path.FullName, JsonSerializer.SerializeToUtf8Bytes(report, GroundTruthJsonContext.Default.GroundTruthReport), cancellationToken);
            Console.Error.WriteLine();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"done: {report.MessagesPublished} messages, {report.SamplesPublished} samples; {report.Devices.Count(d => d.FilterEndOfLifeAt is not null)} filters reached end of life; ground truth in {path.FullName}"));
            Console.Error.WriteLine(FleetSummary.Format(report));
            return 0;
        });
        return command;
    }
}
