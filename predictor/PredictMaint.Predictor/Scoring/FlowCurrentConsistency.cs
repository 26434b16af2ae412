namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Cross-checks the flow meter against the pump: the motor's hydraulic power is
/// (I·U − P₀)·η = Q·H with head H = membrane pressure + filter drop, so
/// r = Q·H / (I·U − P₀) tracks the pump's efficiency η, which wear moves by at most about a
/// percent a day. A flow meter (or current sensor) that drifts or is mis-scaled moves r faster
/// or steps it, while the filter's own clogging does not (the drop is in H). Compares the
/// medians of ln r over consecutive days of the span. Pure.
/// </summary>
/// <remarks>
/// Analytical redundancy between process variables (Isermann, <i>Fault-Diagnosis Systems</i>,
/// Springer 2006, ch. 10 parity equations); the pump law as in <see cref="PumpPredictionRule"/>.
/// </remarks>
public static class FlowCurrentConsistency
{
    /// <summary>Daily change of ln r above which flow or current is suspect (wear: ≤ 0.011 a day on the fastest pumps).</summary>
    public const double MaximumDailyLogChange = 0.03;

    /// <summary>A filter drop below this means no water is moving (a clean filter drops 30 kPa at rated flow).</summary>
    private const double NoFlowDropKpa = 5;

    /// <summary>Below this share of rated flow the meter reads "no flow".</summary>
    private const double SilentFlowShare = 0.1;

    /// <summary>Flow and current sampled together disagree on pump start and stop for a sample at most; more is a fault.</summary>
    private const int MinimumSilentSamples = 3;

    private const double MaximumSilentShare = 0.02;

    /// <summary>The fastest wear moves ln r by about 0.011 a day; allowed over several days on top of the day-to-day limit.</summary>
    private const double MaximumWearLogChangePerDay = 0.015;

    /// <summary>Loaded samples per block for the step check (two hours of pumping at 10-minute samples).</summary>
    private const int StepBlock = 12;

    /// <summary>Adjacent blocks' medians may differ by this in ln r (10 %); sample noise moves a 12-sample median by about 1 %.</summary>
    private const double MaximumStepLogChange = 0.1;

    /// <summary>A day needs this many working samples for its median to count.</summary>
    private const int MinimumSamplesPerDay = 6;

    /// <summary>
    /// True when flow and pump current disagree in the samples [start, end) of the window: a loaded
    /// motor with a silent meter, flow with the motor off, or the efficiency ratio stepping.
    /// </summary>
    public static bool Disagree(DeviceWindow window, int start, int end, DateTimeOffset asOf, PredictorOptions options)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        if (window.PumpCurrentAmps.Length == 0)
        {
            return false;
        }

        var plate = options.Pump;
        var working = options.RatedFlowLitresPerMinute * options.MinimumFlowFraction;
        // A quarter of the rated hydraulic power at the membrane alone: the pump is clearly moving water.
        var loadedWatts = 0.25 * PumpNameplate.HydraulicWatts(options.RatedFlowLitresPerMinute, plate.MembranePressureKpa) / plate.NewEfficiency;
        var days = new SortedDictionary<int, List<double>>();
        var ratios = new List<double>();
        int loaded = 0, silent = 0, idle = 0, phantom = 0;
        for (var i = start; i < end; i++)
        {
            var flow = window.FlowLitresPerMinute[i];
            var electrical = plate.ShaftWatts(window.PumpCurrentAmps[i]);
            // The filter's own drop is a third witness of flow (ΔP ∝ Q): it tells which of the two
            // sensors is wrong, and a faulty current sensor must not block the filter rule.
            var dropShowsFlow = window.PressureDropKpa[i] >= NoFlowDropKpa;
            if (electrical >= loadedWatts)
            {
                loaded++;
                // A missing reading is not a silent one: it only makes the forecast's usage lower (later alarms).
                silent += !double.IsFinite(flow) || flow >= SilentFlowShare * options.RatedFlowLitresPerMinute || !dropShowsFlow ? 0 : 1;
            }
            else if (electrical < -0.5 * plate.NoLoadWatts)
            {
                // Well below no-load power: the motor is off, so the meter must read no working flow.
                idle++;
                phantom += flow >= working && !dropShowsFlow ? 1 : 0;
            }

            var head = plate.MembranePressureKpa + window.PressureDropKpa[i];
            // Every loaded sample, not only those at working flow: a meter drifting low drops below working flow.
            if (!(electrical >= loadedWatts) || !(flow > 0) || !(head > 0))
            {
                continue;
            }

            var day = (int)Math.Floor((asOf - window.Times[i]).TotalHours / 24);
            if (!days.TryGetValue(day, out var values))
            {
                days[day] = values = [];
            }

            values.Add(Math.Log(flow * head / electrical));
            ratios.Add(values[^1]);
        }

        // A loaded pump with a silent (or frozen-at-idle) meter: the volume the forecast counts is wrong.
        if ((silent >= MinimumSilentSamples && silent > MaximumSilentShare * loaded) || (phantom >= MinimumSilentSamples && phantom > MaximumSilentShare * idle))
        {
            return true;
        }

        if (Steps(ratios))
        {
            return true;
        }

        // Days are keyed by how many days ago they were, so the newest comes first.
        double previous = double.NaN, newest = double.NaN;
        var trend = new List<(int Day, double Median)>();
        var newestDay = 0;
        foreach (var (day, values) in days)
        {
            if (values.Count < MinimumSamplesPerDay)
            {
                continue;
            }

            values.Sort();
            var median = values[values.Count / 2];
            if (double.IsFinite(previous) && Math.Abs(median - previous) > MaximumDailyLogChange)
            {
                return true;
            }

            // A slow drift stays under the day-to-day limit but outruns wear over the week.
            if (!double.IsFinite(newest))
            {
                (newest, newestDay) = (median, day);
            }
            else if (Math.Abs(median - newest) > MaximumDailyLogChange + (MaximumWearLogChangePerDay * (day - newestDay)))
            {
                return true;
            }

            previous = median;
            trend.Add((day, median));
        }

        return trend.Count >= 3 && Math.Abs(Slope(trend)) > MaximumWearLogChangePerDay;
    }

    // Medians of consecutive blocks of loaded samples: a fault starting or ending inside a day
    // steps the ratio within hours, which no wear does.
    private static bool Steps(List<double> ratios)
    {
        var previous = double.NaN;
        for (var start = 0; start + StepBlock <= ratios.Count; start += StepBlock)
        {
            var block = ratios.GetRange(start, StepBlock);
            block.Sort();
            var median = block[StepBlock / 2];
            if (Math.Abs(median - previous) > MaximumStepLogChange)
            {
                return true;
            }

            previous = median;
        }

        return false;
    }

    // Least-squares slope of the daily medians against days ago.
    private static double Slope(List<(int Day, double Median)> points)
    {
        double meanX = points.Average(p => p.Day), meanY = points.Average(p => p.Median), sxx = 0, sxy = 0;
        foreach (var (day, median) in points)
        {
            sxx += (day - meanX) * (day - meanX);
            sxy += (day - meanX) * (median - meanY);
        }

        return sxx > 0 ? sxy / sxx : 0;
    }

}
