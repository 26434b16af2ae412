using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Edge.Modbus;
using PredictMaint.Edge.Tests.Uplink;
using PredictMaint.Platform.Contracts;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Modbus;

/// <summary>The agent with <c>Sampling:Source=modbus</c> against the simulator as a process and a real broker.</summary>
public sealed class ModbusInAgentTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Agent_SimulatorKilledAndRestarted_ReportsRegisterErrorsThenPollsAgainOnItsOwn()
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var probe = await MqttProbe.StartAsync(broker.Port, EdgeAgentHarness.Site, EdgeAgentHarness.Device);
        var port = FreePort.Next();
        var simulator = await SimulatorProcess.StartAsync(port, Patience);
        try
        {
            await using var agent = new EdgeAgentHarness(broker.Port, ModbusSettings(port), numberedChannel: false);
            await agent.StartAsync();
            await Eventually.WaitAsync(() => Task.FromResult(Readings(probe)), n => n >= 3, Patience, "Modbus readings in the telemetry");
            // The board's waveform block: crest factor and band energies exist only as edge features.
            var vibration = probe.Telemetry().SelectMany(m => m.Samples).First(s => s.VibrationCrestFactor is not null);
            Assert.InRange(vibration.VibrationCrestFactor!.Value, 1.2, 20);
            Assert.NotNull(vibration.VibrationMeanSquare10To100Hz);
            Assert.NotNull(vibration.VibrationMeanSquare100To500Hz);
            Assert.Null(vibration.VibrationMeanSquare500To1000Hz);
            var poller = agent.Services.GetRequiredService<ModbusSource>().Poller;

            simulator.Kill();
            var status = await Eventually.WaitAsync(
                () => Task.FromResult(probe.Json(Topics.Status)),
                all => all.Count > 0 && all[^1].TryGetProperty("sensor_errors", out var errors) && errors.EnumerateObject().Count() == poller.Registers.Count + 1,
                Patience, "a status with every register and the waveform failing");
            Assert.True(status[^1].GetProperty("sensor_errors").TryGetProperty(ModbusWaveformReader.ErrorKey, out _));
            Assert.Contains(port.ToString(CultureInfo.InvariantCulture), status[^1].GetProperty("sensor_errors").GetProperty("pressure_drop_kpa").GetString(), StringComparison.Ordinal);
            var connects = poller.Connects;

            simulator = await SimulatorProcess.StartAsync(port, Patience);
            await Eventually.WaitAsync(() => Task.FromResult((poller.Connects, poller.Errors().Count)), p => p.Connects > connects && p.Count == 0, Patience, "reconnected without errors");
            var before = Readings(probe);
            await Eventually.WaitAsync(() => Task.FromResult(Readings(probe)), n => n >= before + 3, Patience, "readings after the restart");
            await Eventually.WaitAsync(
                () => Task.FromResult(probe.Json(Topics.Status)),
                all => all.Count > 0 && !all[^1].TryGetProperty("sensor_errors", out _),
                Patience, "a status without register errors");
            await agent.StopAsync();
        }
        finally
        {
            simulator.Dispose();
        }
    }

    /// <summary>Samples that carry a pressure drop and vibration features (from the registers and the waveform block).</summary>
    private static int Readings(MqttProbe probe) =>
        probe.Telemetry().SelectMany(m => m.Samples).Count(s => s.PressureDropKpa is not null && s.FlowLitresPerMinute is not null && s.VibrationKurtosis is not null);

    private static Dictionary<string, string?> ModbusSettings(int port) => new()
    {
        ["Sampling:Source"] = "modbus",
        ["Sampling:SampleInterval"] = "00:00:00.100",
        ["Modbus:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Modbus:RegisterMapFile"] = "purifier-register-map.json",
        ["Modbus:PollInterval"] = "00:00:00.100",
        ["Modbus:ResponseTimeout"] = "00:00:00.300",
        ["Modbus:Retries"] = "1",
        ["Modbus:ReconnectDelayMin"] = "00:00:00.050",
        ["Modbus:ReconnectDelayMax"] = "00:00:00.400",
    };
}
