using PredictMaint.Edge.Gpio;
using PredictMaint.Edge.Gpio.Simulation;
using PredictMaint.Edge.Tests.Features;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Gpio;

public sealed class FlowPulseCounterTests
{
    [Fact]
    public async Task TryReadFlowLitresPerMinute_PulsesOverAMinute_GivesLitresPerMinute()
    {
        var time = new ManualTimeProvider();
        using var pins = new SimulatedGpioPinSource(time);
        var counter = new FlowPulseCounter(pins.OpenInput(4, "flow"), pulsesPerLitre: 450, time);
        var running = counter.RunAsync(CancellationToken.None);

        pins.Line(4).Pulse(4_500); // 10 L
        time.Advance(TimeSpan.FromSeconds(30));
        await Eventually.WaitAsync(() => Task.FromResult(counter.TotalPulses), p => p == 4_500, TimeSpan.FromSeconds(5), "pulses counted");

        Assert.True(counter.TryReadFlowLitresPerMinute(out var flow));
        Assert.Equal(20.0, flow, 1e-9);
        Assert.Equal(10.0, counter.TotalLitres, 1e-9);

        time.Advance(TimeSpan.FromSeconds(30));
        Assert.True(counter.TryReadFlowLitresPerMinute(out var idle));
        Assert.Equal(0, idle);

        pins.Dispose();
        await running;
    }
}
