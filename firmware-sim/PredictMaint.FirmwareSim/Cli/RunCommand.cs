using System.CommandLine;
using System.Diagnostics;
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
        var caFile = new Option<FileInfo?>("--mqtt-ca-file") { Description = "PEM CA of the broker's certificate; connects over TLS when given (./pm setup's $PM_DATA/pki/ca.crt)." };
        var useTls = new Option<bool>("--mqtt-tls") { Description = "TLS against the system trust store (without --mqtt-ca-file)." };
        var connections = new Option<int>("--connections") { Description = "MQTT connections; 0 = one per device up to 1,000 devices, else 64 shared like site gateways.", DefaultValueFactory = _ => 0 };
        var fleet = new Option<FileInfo?>("--fleet") { Description = "Fleet description file (JSON); command-line options override it." };
        var bench = new Option<bool>("--bench") { Description = "End with the line 'sim devices=<n> simulated_days=<d> msgs_per_s=<x> peak_rss_mb=<m>' on stdout." };
        var truth = new Option<FileInfo>("--truth") { Description = "Where to write the ground-truth JSON.", DefaultValueFactory = _ => new FileInfo("ground-truth.json") };

        var command = new Command("run", "Simulate a fleet of purifiers and publish their telemetry to MQTT.")
        {
            devices, sites, days, minutes, failing, seed, start, host, port, username, password, caFile, useTls, truth, connections, fleet, bench,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var duration = TimeSpan.FromDays(result.GetValue(days));
            var realMinutes = result.GetValue(minutes);
            var options = FleetCommandOptions.Load(result.GetValue(fleet)) with
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
            var mqttHost = result.GetValue(host)!;
            var mqttCa = result.GetValue(caFile);
            var tls = mqttCa is not null || result.GetValue(useTls);
            MqttClientOptionsBuilder Connection(string clientId)
            {
                var builder = new MqttClientOptionsBuilder().WithTcpServer(mqttHost, result.GetValue(port)).WithClientId(clientId);
                if (tls)
                {
                    builder.WithTls(new MqttTlsOptions { CaCertificateFile = mqttCa?.FullName, TargetHost = mqttHost });
                }

                return mqttUser is null ? builder : builder.WithCredentials(mqttUser, mqttPassword);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"simulating {options.Devices} devices over {options.Duration.TotalDays:0.#} days from {options.Start:yyyy-MM-dd} (speed {(options.Speed > 0 ? options.Speed.ToString("0", CultureInfo.InvariantCulture) + "x" : "unpaced")}, seed {options.Seed})"));
            var pool = result.GetValue(connections) is > 0 and var n ? n : options.Devices <= 1000 ? 0 : 64;
            var started = Stopwatch.GetTimestamp();
            var report = pool == 0
                ? await new FleetRunner(options, Connection, TimeProvider.System).RunAsync(new ConsoleProgress(), cancellationToken)
                : await new PooledFleetRunner(options, pool, Connection, TimeProvider.System).RunAsync(new ConsoleProgress(), cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);

            var path = result.GetValue(truth)!;
            await File.WriteAllBytesAsync(path.FullName, JsonSerializer.SerializeToUtf8Bytes(report, GroundTruthJsonContext.Default.GroundTruthReport), cancellationToken);
            Console.Error.WriteLine();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"done: {report.MessagesPublished} messages, {report.SamplesPublished} samples; {report.Devices.Count(d => d.FilterEndOfLifeAt is not null)} filters reached end of life; ground truth in {path.FullName}"));
            Console.Error.WriteLine(FleetSummary.Format(report));
            if (result.GetValue(bench))
            {
                using var self = Process.GetCurrentProcess();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sim devices={options.Devices} simulated_days={options.Duration.TotalDays:0.###} msgs_per_s={report.MessagesPublished / elapsed.TotalSeconds:0} peak_rss_mb={self.PeakWorkingSet64 / (1024 * 1024)}"));
            }

            return 0;
        });
        return command;
    }
}
