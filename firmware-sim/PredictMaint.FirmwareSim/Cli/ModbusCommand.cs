using System.CommandLine;
using System.Globalization;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.Modbus;
using PredictMaint.Platform.Modbus;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary><c>pm-firmware-sim modbus</c>: serve a fleet over Modbus TCP (libmodbus), one unit id per device.</summary>
internal static class ModbusCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "TCP port to listen on (127.0.0.1 unless --host).", DefaultValueFactory = _ => 1502 };
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var devices = new Option<int>("--devices") { Description = "Devices behind the gateway: unit ids 1..N (at most 247).", DefaultValueFactory = _ => 4 };
        var days = new Option<double>("--days") { Description = "Simulated duration in days.", DefaultValueFactory = _ => 30 };
        var speed = new Option<double>("--speed") { Description = "Simulated seconds per real second (600: a 10-minute sample every second).", DefaultValueFactory = _ => 600 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 42 };
        var map = new Option<FileInfo?>("--register-map") { Description = "Register map JSON (default: the built-in purifier-register-map.json)." };
        var fleet = new Option<FileInfo?>("--fleet") { Description = "Fleet description file (JSON)." };
        var portPerDevice = new Option<bool>("--port-per-device")
        {
            Description = "Give every device a port of its own (device k on --port + k - 1, unit id 1), like boards wired one per purifier, instead of one gateway.",
        };

        var hold = new Option<bool>("--hold")
        {
            Description = "After the simulated period, keep serving the last readings until stopped (a demo's boards stay up) instead of exiting.",
        };

        var command = new Command("modbus", "Serve simulated purifiers over Modbus TCP through libmodbus (unit id = device number).")
        {
            port, host, devices, days, speed, seed, map, fleet, portPerDevice, hold,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = Math.Clamp(result.GetValue(devices), 1, 247);
            var options = FleetCommandOptions.Load(result.GetValue(fleet)) with
            {
                Devices = count,
                Sites = Math.Max(1, count / 5),
                Duration = TimeSpan.FromDays(result.GetValue(days)),
                Seed = result.GetValue(seed),
            };
            var registerMap = result.GetValue(map) is { } file ? RegisterMap.Load(file.FullName) : RegisterMap.Default;
            using var simulation = new ModbusFleet(options, registerMap);
            simulation.Step();
            var (firstPort, address) = (result.GetValue(port), result.GetValue(host)!);
            var servers = result.GetValue(portPerDevice)
                ? simulation.Registers.Select((device, i) => new ModbusGatewayServer(address, firstPort + i, [device])).ToList()
                : [new ModbusGatewayServer(address, firstPort, simulation.Registers)];
            using var stop = new ServerGroup(servers);
            var interval = (options.SampleInterval.TotalSeconds / result.GetValue(speed)).ToString("0.###", CultureInfo.InvariantCulture);
            Console.Error.WriteLine(result.GetValue(portPerDevice)
                ? string.Create(CultureInfo.InvariantCulture, $"modbus devices on {address}:{firstPort}..{firstPort + count - 1} (unit id 1 each), one sample per {interval} s; Ctrl+C to stop")
                : string.Create(CultureInfo.InvariantCulture, $"modbus gateway on {address}:{firstPort}, unit ids 1..{count}, one sample per {interval} s; Ctrl+C to stop"));
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.SampleInterval.TotalSeconds / result.GetValue(speed)), TimeProvider.System);
            try
            {
                while (!simulation.Finished && await timer.WaitForNextTickAsync(cancellationToken))
                {
                    simulation.Step();
                }

                if (result.GetValue(hold))
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulated period over at {simulation.SimulatedTime:yyyy-MM-dd HH:mm}; serving the last readings until stopped"));
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
            }

            var connections = servers.Sum(s => s.ConnectionsServed);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopped at {simulation.SimulatedTime:yyyy-MM-dd HH:mm} after {connections} connections"));
            return 0;
        });
        return command;
    }
}
