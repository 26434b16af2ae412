using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Scores one device at the given evaluation times: each component rule sees only data after
/// the component's last maintenance visit, a rule whose sensors look faulty answers
/// <see cref="RuleVerdict.SensorSuspect"/>, which counts as unknown (it neither raises nor
/// retracts a ticket), and the tracker keeps what reaches ticketing to changes. Filter and
/// bearing are scored on their own times because their data arrive separately (raw samples,
/// hourly rollups). Shared by the service and the fleet evaluation so both judge alike. No I/O.
/// </summary>
public static class DeviceScorer
{
    /// <param name="observe">Sees every rule's verdict (component, device time, verdict), for tracing.</param>
    public static IReadOnlyList<PredictionDecision> ScoreFilter(
        DeviceWindow window, IReadOnlyList<DateTimeOffset> times, MaintenanceLog maintenance, PredictionTracker tracker, PredictorOptions options,
        EvaluationTally? tally = null, Action<string, DateTimeOffset, RuleVerdict>? observe = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(maintenance);
        var decisions = new List<PredictionDecision>();
        foreach (var at in times)
        {
            tally?.Evaluated();
            var visit = maintenance.LastVisit(window.SiteId, window.DeviceId, Component.Filter, at);
            var seen = visit is { } v ? window.After(v) : window;
            var verdict = FilterPredictionRule.Evaluate(seen, options, at, maintenance.LastVisit(window.SiteId, window.DeviceId, Component.Pump, at));
            observe?.Invoke(Component.Filter, at, verdict);
            if (verdict.IsSensorSuspect)
            {
                tally?.Suspect();
            }

            Observe(tracker, window.SiteId, window.DeviceId, Component.Filter, at, verdict, decisions);
        }

        return decisions;
    }

    /// <summary>The rules on hourly rollups: bearing (vibration) and pump (current vs hydraulic work).</summary>
    /// <param name="observe">Sees every rule's verdict (component, device time, verdict), for tracing.</param>
    public static IReadOnlyList<PredictionDecision> ScoreHourly(
        HourlyFeatures hourly, IReadOnlyList<DateTimeOffset> times, MaintenanceLog maintenance, PredictionTracker tracker, PredictorOptions options,
        EvaluationTally? tally = null, Action<string, DateTimeOffset, RuleVerdict>? observe = null)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(maintenance);
        var decisions = new List<PredictionDecision>();
        foreach (var at in times)
        {
            tally?.Evaluated();
            var suspect = false;
            foreach (var (component, rule) in HourlyRules)
            {
                var visit = maintenance.LastVisit(hourly.SiteId, hourly.DeviceId, component, at);
                var verdict = rule(visit is { } v ? hourly.After(v) : hourly, options, at);
                observe?.Invoke(component, at, verdict);
                suspect |= verdict.IsSensorSuspect;
                Observe(tracker, hourly.SiteId, hourly.DeviceId, component, at, verdict, decisions);
            }

            if (suspect)
            {
                tally?.Suspect();
            }
        }

        return decisions;
    }

    // Unknown, not clear: a sensor fault must neither raise nor retract a ticket, so the tracker never sees it.
    private static void Observe(
        PredictionTracker tracker, string siteId, string deviceId, string component, DateTimeOffset at, RuleVerdict verdict, List<PredictionDecision> decisions)
    {
        if (!verdict.IsSensorSuspect && tracker.Observe(siteId, deviceId, component, at, verdict.Prediction) is { } decision)
        {
            decisions.Add(decision);
        }
    }

    private static readonly (string Component, Func<HourlyFeatures, PredictorOptions, DateTimeOffset, RuleVerdict> Rule)[] HourlyRules =
    [
        (Component.Bearing, BearingPredictionRule.Evaluate),
        (Component.Pump, PumpPredictionRule.Evaluate),
    ];
}
