using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class FilterSensorScreenTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    // Two days of 10-minute samples at working flow; inlet − outlet equals the drop.
    private static DeviceWindow Healthy()
    {
        var random = new Random(9);
        var n = 2 * 24 * 6;
        var times = Enumerable.Range(0, n).Select(i => Start.AddMinutes(10 * i)).ToArray();
        var drop = times.Select((_, i) => 40 + (i * 0.05) + random.NextDouble()).ToArray();
        var inlet = times.Select(_ => 400 + (random.NextDouble() * 8)).ToArray();
        return new DeviceWindow("s", "d", "m", times, drop, times.Select(_ => 4 + (random.NextDouble() * 0.2)).ToArray(), times.Select(_ => 15 + random.NextDouble()).ToArray())
        {
            InletPressureKpa = inlet,
            OutletPressureKpa = inlet.Select((p, i) => p - drop[i]).ToArray(),
        };
    }

    private static DateTimeOffset End(DeviceWindow window) => window.Times[^1];

    [Fact]
    public void IsSuspect_HealthySensors_False()
    {
        var window = Healthy();
        Assert.False(FilterSensorScreen.IsSuspect(window, End(window), Options));
    }

    [Fact]
    public void IsSuspect_PressureDropGaugeScaledWrong_True()
    {
        var window = Healthy();
        for (var i = 200; i < window.PressureDropKpa.Length; i++)
        {
            window.PressureDropKpa[i] *= 1.5;
        }

        Assert.True(FilterSensorScreen.IsSuspect(window, End(window), Options));
    }

    [Fact]
    public void IsSuspect_FaultOlderThanTrendWindow_False()
    {
        var window = Healthy();
        window.PressureDropKpa.AsSpan(0, 6).Fill(150);
        Assert.True(FilterSensorScreen.IsSuspect(window, End(window), Options));
        Assert.False(FilterSensorScreen.IsSuspect(window, End(window).AddHours(1), Options));
    }

    [Fact]
    public void IsSuspect_TemperatureScaledTenfold_True()
    {
        var window = Healthy();
        window.WaterTemperatureCelsius.AsSpan(100, 40).Fill(152);
        Assert.True(FilterSensorScreen.IsSuspect(window, End(window), Options));
    }

    [Fact]
    public void IsSuspect_FlowMeterStuckAtWorkingFlow_True()
    {
        var window = Healthy();
        window.FlowLitresPerMinute.AsSpan(100, 20).Fill(3.9);
        Assert.True(FilterSensorScreen.IsSuspect(window, End(window), Options));
    }

    [Fact]
    public void IsSuspect_NoInletOutletGauges_OnlyTheGatesApply()
    {
        var window = Healthy() with { InletPressureKpa = [], OutletPressureKpa = [] };
        window.PressureDropKpa[5] *= 3;
        Assert.False(FilterSensorScreen.IsSuspect(window, End(window), Options));
    }

    [Fact]
    public void IsSuspect_TemperatureSpikeInsideThePhysicalRange_True()
    {
        // ×3.4 on one reading: 51 °C is a possible water temperature, a 36 °C step in ten minutes is not.
        var window = Healthy();
        window.WaterTemperatureCelsius[200] *= 3.4;
        Assert.True(FilterSensorScreen.IsSuspect(window, End(window), Options));
    }

    [Fact]
    public void IsSuspect_FlowMeterDroppingOut_True()
    {
        var window = Healthy();
        window.FlowLitresPerMinute.AsSpan(250, 20).Fill(double.NaN);
        Assert.True(FilterSensorScreen.IsSuspect(window, End(window), Options));
    }
}
