using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Edge.Gpio.Simulation;
using PredictMaint.Edge.Tests.Uplink;
using PredictMaint.Platform.Contracts;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Gpio;

public sealed class GpioInAgentTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Agent_SimulatedFlowMeterAndLeakSwitch_FlowInTelemetryAndLeakInStatus()
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var probe = await MqttProbe.StartAsync(broker.Port, EdgeAgentHarness.Site, EdgeAgentHarness.Device);
        await using var agent = new EdgeAgentHarness(broker.Port, new Dictionary<string, string?>
        {
            ["Gpio:Chip"] = "simulated",
            ["Gpio:FlowMeterLine"] = "4",
            ["Gpio:Inputs:leak"] = "5",
            ["Gpio:Debounce"] = "00:00:00.005",
        });
        await agent.StartAsync();
        var pins = agent.Services.GetRequiredService<SimulatedGpioPinSource>();
        await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry().Count), n => n >= 1, Patience, "telemetry");
        Assert.All(probe.Telemetry().SelectMany(m => m.Samples), s => Assert.Equal(0, s.FlowLitresPerMinute));

        pins.Line(4).Pulse(450);
        pins.Line(5).SetLevel(true);

        await Eventually.WaitAsync(
            () => Task.FromResult(probe.Telemetry().SelectMany(m => m.Samples).Sum(s => s.FlowLitresPerMinute ?? 0)),
            total => total > 0, Patience, "flow from the meter's pulses");
        await Eventually.WaitAsync(
            () => Task.FromResult(probe.Json(Topics.Status)),
            all => all.Count > 0 && all[^1].TryGetProperty("inputs", out var inputs) && inputs.GetProperty("leak").GetBoolean(),
            Patience, "a status with leak=true");
    }
}
