using PredictMaint.Predictor.Scoring;
using PredictMaint.Predictor.Tests.Scoring.Fixtures;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class FlowMeterDriftTests
{
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    private static (double RatePerHour, double SinceHours)? Find(DeviceWindow window) => FlowMeterDrift.Find(window, 0, window.Times.Length, Options);

    private static double Clogging(double hours) => 60 + (0.05 * hours);

    // The meter's gain: 1 until `since` hours before the newest sample, then falling `perDay` a day.
    private static Func<double, double> DriftingLow(double since, double perDay) => h => h < -since ? 1 : 1 - (perDay * (h + since) / 24);

    [Fact]
    public void Find_HealthyPumpAndMeter_Null() =>
        Assert.Null(Find(PumpedFilter.Window(Options, Clogging)));

    [Fact]
    public void Find_MeterDriftingLowForTwoDays_ItsRateAndOnset()
    {
        // −1.4 % a day from 40 hours ago: as slow as a fast-wearing pump, but the ratio was flat before.
        // The onset is known to within the idle nights (the pump runs 12 h a day), about a day.
        var drift = Find(PumpedFilter.Window(Options, Clogging, meterGain: DriftingLow(40, 0.014)));
        Assert.NotNull(drift);
        Assert.InRange(drift.Value.RatePerHour * 24, -0.014 * 1.3, -0.014 * 0.7);
        Assert.InRange(drift.Value.SinceHours, 40 - 24, 40 + 24);
    }

    [Fact]
    public void Find_MeterDriftingLowForFourDays_FoundBeforeTheFitSpan()
    {
        // The same drift begun 100 hours ago: the span the filter fits (48 h) lies wholly inside it.
        var drift = Find(PumpedFilter.Window(Options, Clogging, meterGain: DriftingLow(100, 0.014)));
        Assert.NotNull(drift);
        Assert.InRange(drift.Value.RatePerHour * 24, -0.014 * 1.3, -0.014 * 0.7);
        Assert.InRange(drift.Value.SinceHours, 100 - 24, 100 + 24);
    }

    [Fact]
    public void Find_PumpWearingSteadilyFast_Null()
    {
        // Efficiency lost at 1.2 % a day over all eight days: the ratio falls as fast as the drifts
        // above, but at the same pace all along.
        Assert.Null(Find(PumpedFilter.Window(Options, Clogging, degradation: h => 0.15 + (0.012 * h / 24))));
    }

    [Fact]
    public void Find_NoCurrentSensor_Null() =>
        Assert.Null(Find(PumpedFilter.Window(Options, Clogging, meterGain: DriftingLow(40, 0.014)) with { PumpCurrentAmps = [] }));
}
