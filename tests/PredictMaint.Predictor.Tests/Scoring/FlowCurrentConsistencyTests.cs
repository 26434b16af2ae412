using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class FlowCurrentConsistencyTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    // Four days of 10-minute samples: the pump runs 12 h a day at 3–4 L/min through a 40 kPa filter,
    // drawing I = (P₀ + Q·H/η)/U exactly as the nameplate says; idle it draws 0.02 A and nothing flows.
    private static DeviceWindow Window()
    {
        var random = new Random(5);
        var n = 4 * 24 * 6;
        var times = Enumerable.Range(0, n).Select(i => Start.AddMinutes(10 * i)).ToArray();
        var flow = times.Select(t => t.Hour is >= 8 and < 20 ? 3 + random.NextDouble() : 0).ToArray();
        var drop = flow.Select(q => 40 * q / 4).ToArray();
        var plate = Options.Pump;
        var current = flow.Select((q, i) => q > 0
            ? (plate.NoLoadWatts + (q / 60_000.0 * (plate.MembranePressureKpa + drop[i]) * 1000.0 / plate.NewEfficiency)) / plate.SupplyVolts
            : 0.02).ToArray();
        return new DeviceWindow("s", "d", "m", times, drop, flow, times.Select(_ => 15.0).ToArray()) { PumpCurrentAmps = current };
    }

    private static bool Disagree(DeviceWindow window) => FlowCurrentConsistency.Disagree(window, 0, window.Times.Length, window.Times[^1], Options);

    [Fact]
    public void Disagree_ConsistentPump_False() => Assert.False(Disagree(Window()));

    [Fact]
    public void Disagree_FlowMeterDriftingLow_True()
    {
        // −4 %/day from the second day on: the flow-to-power ratio falls faster than wear can.
        var window = Window();
        for (var i = 144; i < window.Times.Length; i++)
        {
            window.FlowLitresPerMinute[i] *= 1 - (0.04 * (window.Times[i] - window.Times[144]).TotalDays);
        }

        Assert.True(Disagree(window));
    }

    [Fact]
    public void Disagree_FlowMeterDriftingSlowlyHigh_True()
    {
        // +3 %/day of the true value: under 0.03 in ln from one day to the next, about 0.085 over
        // three days — more than the fastest wear (≈ 1 %/day) moves the pump's efficiency.
        var window = Window();
        for (var i = 0; i < window.Times.Length; i++)
        {
            window.FlowLitresPerMinute[i] *= 1 + (0.03 * (window.Times[i] - window.Times[0]).TotalDays);
        }

        Assert.True(Disagree(window));
    }

    [Fact]
    public void Disagree_FlowMeterStepsInsideTheNewestDay_True()
    {
        // A drift ending (or a scaling fault starting) at 14:00 on the last day: 15 % in an hour.
        var window = Window();
        for (var i = (3 * 144) + (14 * 6); i < window.Times.Length; i++)
        {
            window.FlowLitresPerMinute[i] *= 1.15;
        }

        Assert.True(Disagree(window));
    }

    [Fact]
    public void Disagree_FlowMeterStuckWhilePumpIdle_True()
    {
        // Frozen at a working reading through a night: flow with the motor off and no filter drop.
        var window = Window();
        Array.Fill(window.FlowLitresPerMinute, 3.5, 20 * 6, 10 * 6);
        Assert.True(Disagree(window));
    }

    [Fact]
    public void Disagree_CurrentSensorReadsLowButFilterDropShowsFlow_False()
    {
        // A current sensor scaled by 0.1 looks like an idle motor, but the filter's drop proves the
        // water moves: the flow meter is believed (the current is the pump rule's problem).
        var window = Window();
        for (var i = 0; i < window.Times.Length; i++)
        {
            window.PumpCurrentAmps[i] *= 0.1;
        }

        Assert.False(Disagree(window));
    }

    [Fact]
    public void Disagree_WithoutCurrentReadings_False()
    {
        var window = Window() with { PumpCurrentAmps = [] };
        Assert.False(Disagree(window));
    }
}
