using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Predictor.Tests.Scoring.Fixtures;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class FilterPredictionRuleTests
{
    private static readonly DateTimeOffset Newest = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { EndOfLifePressureDropKpa = 100, RatedFlowLitresPerMinute = 4, TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    // The service's own path: sample selection, sensor screen, then the rule.
    private static Prediction? Evaluate(DeviceWindow window, DateTimeOffset asOf) => FilterPredictionRule.Evaluate(window, Options, asOf).Prediction;

    // Hourly samples over four days; every third at low flow (skipped by normalisation). The filter
    // clogs linearly in litres filtered (trapezoid of the flow), at a rate that brings the pressure
    // drop at rated flow from levelNow to levelNow + 20 kPa over the volume of the next 40 hours of
    // the same usage pattern — which the daily usage forecast replays exactly.
    private static DeviceWindow Window(double levelNow)
    {
        var n = 96;
        var times = Enumerable.Range(0, n).Select(i => Newest.AddHours(i - n + 1)).ToArray();
        // A live meter never repeats itself exactly (a frozen one is a sensor fault); the ±1 % ripple repeats daily, as the forecast assumes.
        double Flow(int i) => (i % 3 == 0 ? 0.4 : 3.0) * (1 + (0.01 * Math.Sin(2 * Math.PI * i / 24)));
        var litres = new double[n + 40];
        for (var i = 1; i < litres.Length; i++)
        {
            litres[i] = litres[i - 1] + ((Flow(i) + Flow(i - 1)) / 2 * 60);
        }

        var kpaPerLitre = 20 / (litres[n - 1 + 40] - litres[n - 1]);
        var flow = Enumerable.Range(0, n).Select(Flow).ToArray();
        var pressure = flow.Select((q, i) => (levelNow + (kpaPerLitre * (litres[i] - litres[n - 1]))) * q / 4.0).ToArray();
        return new DeviceWindow("site-1", "dev-1", "aqua-400", times, pressure, flow, Enumerable.Repeat(20.0, n).ToArray());
    }

    [Fact]
    public void Evaluate_CrossingWithinHorizon_PredictsFilterFailureInDeviceTime()
    {
        var prediction = Evaluate(Window(levelNow: 80), Newest)!;
        Assert.Equal(Component.Filter, prediction.Component);
        Assert.Equal(Newest, prediction.IssuedAt);
        Assert.Equal(Newest.AddHours(40), prediction.PredictedFailureAt, TimeSpan.FromSeconds(1));
        Assert.True(prediction.FailureWindowStart <= prediction.PredictedFailureAt && prediction.PredictedFailureAt <= prediction.FailureWindowEnd);
        Assert.Contains("100 kPa", prediction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CrossingBeyondHorizon_NoPrediction() =>
        // 50 kPa rising 20 kPa per 40 h of usage: the 100 kPa limit is 100 h of usage away.
        Assert.Null(Evaluate(Window(levelNow: 50), Newest));

    [Fact]
    public void Evaluate_EmptyWindow_NoPrediction() =>
        Assert.Null(Evaluate(new DeviceWindow("s", "d", "m", [], [], [], []), Newest));

    [Fact]
    public void Evaluate_AsOfEarlierTime_SeesOnlySamplesUpToThen()
    {
        var window = Window(levelNow: 80);
        var earlier = Newest.AddHours(-30); // same crossing volume, 70 h of usage later: inside the horizon
        var prediction = Evaluate(window, earlier)!;
        Assert.Equal(earlier, prediction.IssuedAt);
        Assert.Equal(Newest.AddHours(40), prediction.PredictedFailureAt, TimeSpan.FromSeconds(1));
        Assert.Null(Evaluate(window, Newest.AddHours(-40)));
    }

    [Fact]
    public void Evaluate_StuckPressureSensor_NoPrediction()
    {
        var window = Window(levelNow: 80);
        Array.Fill(window.PressureDropKpa, 90.0);
        Assert.Null(Evaluate(window, Newest));
    }

    [Fact]
    public void Evaluate_ImplausiblePressureReadings_NoPrediction()
    {
        var window = Window(levelNow: 80);
        window.PressureDropKpa.AsSpan(84).Fill(5000);
        Assert.Null(Evaluate(window, Newest));
    }

    // An office: 3 L/min from 08:00 to 18:00 on weekdays, idle otherwise, 10-minute samples from
    // Monday 2026-01-05 for eleven days (1800 L a working day); the filter clogs 1 kPa per 1000 L
    // from 82.9 kPa and reaches 100 kPa after 17,100 L, i.e. 95 working hours: 13:00 on the second
    // Friday (2026-01-16).
    private static DeviceWindow Office()
    {
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var times = Enumerable.Range(0, 11 * 24 * 6).Select(i => start.AddMinutes(10 * i)).ToArray();
        var flow = times.Select((t, i) => t.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && t.Hour is >= 8 and < 18 ? 3.0 * (1 + (0.01 * Math.Sin(2 * Math.PI * i / 144))) : 0.0).ToArray();
        var litres = 0.0;
        var pressure = new double[times.Length];
        for (var i = 0; i < times.Length; i++)
        {
            litres += i == 0 ? 0 : (flow[i] + flow[i - 1]) / 2 * 10;
            pressure[i] = (82.9 + (litres / 1000)) * flow[i] / 4;
        }

        return new DeviceWindow("site-1", "dev-1", "aqua-400", times, pressure, flow, Enumerable.Repeat(20.0, times.Length).ToArray());
    }

    [Fact]
    public void Evaluate_OfficeAtTheWeekend_ForecastsByTheWeeksUsageNotByFriday()
    {
        // Saturday 17:00, 91.9 kPa: the last 48 h hold only Friday's working samples, and 45 working
        // hours, most of a working week, lie ahead of the limit: no prediction.
        var window = Office();
        var saturday = new DateTimeOffset(2026, 1, 10, 17, 0, 0, TimeSpan.Zero);
        Assert.Null(Evaluate(window, saturday));

        // Tuesday 17:00 of the second week: 26 working hours to go, which last week's usage spreads over 68 h.
        var tuesday = new DateTimeOffset(2026, 1, 13, 17, 0, 0, TimeSpan.Zero);
        var prediction = Evaluate(window, tuesday)!;
        Assert.Equal(new DateTimeOffset(2026, 1, 16, 13, 0, 0, TimeSpan.Zero), prediction.PredictedFailureAt, TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void Evaluate_LoneSpikeOnTheDropGauge_LeftOutOfTheFit()
    {
        // Far from end of life (100 h of usage to go); the newest drop reading triples while inlet − outlet does not.
        var window = Window(levelNow: 50);
        var inlet = window.Times.Select(_ => 320.0).ToArray();
        var outlet = inlet.Select((p, i) => p - window.PressureDropKpa[i]).ToArray();
        window.PressureDropKpa[^1] *= 3;
        Assert.Null(Evaluate(window with { InletPressureKpa = inlet, OutletPressureKpa = outlet }, Newest));
        Assert.NotNull(Evaluate(window, Newest)); // without the second opinion the spike bends the fit
    }

    // A filter at 92 kPa (rated flow, 20 °C) now, rising 1.5 kPa a day: end of life in about 130 h, not due.
    private static double Slow(double hours) => 92 + (1.5 * hours / 24);

    [Fact]
    public void Evaluate_SlowCloggingSeenThroughAMeterDriftingLow_SensorSuspectNotAFilter()
    {
        // The meter reads 1.4 % a day lower from 48 h ago, too slowly for the screen's rate checks
        // (the fastest wear is about as fast): the drops it normalises rise 2.8 kPa a day and look due
        // within two days; with the flow the pump witnesses they are not.
        Assert.Equal(RuleVerdict.Clear, FilterPredictionRule.Evaluate(PumpedFilter.Window(Options, Slow), Options, PumpedFilter.Newest));
        var drifting = PumpedFilter.Window(Options, Slow, meterGain: h => h < -48 ? 1 : 1 - (0.014 * (h + 48) / 24));
        Assert.False(FilterSensorScreen.IsSuspect(drifting, PumpedFilter.Newest, Options));
        Assert.Equal(RuleVerdict.SensorSuspect, FilterPredictionRule.Evaluate(drifting, Options, PumpedFilter.Newest));
    }

    // The clogging the drifting meter above feigns, for real: end of life in about 46 h.
    private static double Fast(double hours) => 94.6 + (2.8 * hours / 24);

    [Fact]
    public void Evaluate_FastCloggingWhileThePumpWearsFast_PredictsFilter()
    {
        // The pump loses 1.2 % of its efficiency a day all along: wear keeps its pace, so the pump's
        // flow agrees with the meter and nothing is put on the meter.
        var window = PumpedFilter.Window(Options, Fast, degradation: h => 0.15 + (0.012 * h / 24));
        var prediction = FilterPredictionRule.Evaluate(window, Options, PumpedFilter.Newest).Prediction!;
        Assert.Equal(Component.Filter, prediction.Component);
        Assert.DoesNotContain("flow_lpm", prediction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FastCloggingSeenThroughAMeterDriftingLow_PredictsFromThePumpsFlow()
    {
        // The meter, drifting −1.4 % a day for two days, would bring end of life forward; the
        // prediction rests on the flow the pump witnesses, and says so.
        var drifting = PumpedFilter.Window(Options, Fast, meterGain: h => h < -48 ? 1 : 1 - (0.014 * (h + 48) / 24));
        var prediction = FilterPredictionRule.Evaluate(drifting, Options, PumpedFilter.Newest).Prediction!;
        var clean = FilterPredictionRule.Evaluate(PumpedFilter.Window(Options, Fast), Options, PumpedFilter.Newest).Prediction!;
        Assert.InRange((prediction.PredictedFailureAt - clean.PredictedFailureAt).TotalHours, -8, 8);
        Assert.Contains("flow_lpm", prediction.Reason, StringComparison.Ordinal);
    }
}
