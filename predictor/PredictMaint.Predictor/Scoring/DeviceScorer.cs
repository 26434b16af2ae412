using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Scores one device at the given evaluation times: each component rule sees only data after
/// the component's last maintenance visit, suspect sensors (<see cref="FilterSensorScreen"/>)
/// make a filter evaluation count as unknown, and the tracker keeps what reaches ticketing to
/// changes. Filter and bearing are scored on their own times because their data arrive
/// separately (raw samples, hourly rollups). Shared by the service and the fleet evaluation so
/// both judge alike. No I/O.
/// </summary>
public static class DeviceScorer
{
    public static IReadOnlyList<PredictionDecision> ScoreFilter(
        DeviceWindow window, IReadOnlyList<DateTimeOffset> times, MaintenanceLog maintenance, PredictionTracker tracker, PredictorOptions options, EvaluationTally? tally = null)
    {
        var decisions = new List<PredictionDecision>();
        foreach (var at in times)
        {
            tally?.Evaluated();
            var visit = maintenance.LastVisit(window.SiteId, window.DeviceId, Component.Filter, at);
            var seen = visit is { } v ? window.After(v) : window;
            var verdict = FilterPredictionRule.Evaluate(seen, options, at, maintenance.LastVisit(window.SiteId, window.DeviceId, Component.Pump, at));
            if (verdict.IsSensorSuspect)
            {
                // Unknown, not clear: a sensor fault must neither raise nor retract a filter ticket.
                tally?.Suspect();
                continue;
            }

            var decision = tracker.Observe(window.SiteId, window.DeviceId, Component.Filter, at, verdict.Prediction);
            if (decision is not null)
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }

    /// <summary>The rules on hourly rollups: bearing (vibration) and pump (current vs hydraulic work).</summary>
    public static IReadOnlyList<PredictionDecision> ScoreHourly(
        HourlyFeatures hourly, IReadOnlyList<DateTimeOffset> times, MaintenanceLog maintenance, PredictionTracker tracker, PredictorOptions options, EvaluationTally? tally = null)
    {
        var decisions = new List<PredictionDecision>();
        foreach (var at in times)
        {
            tally?.Evaluated();
            foreach (var (component, rule) in HourlyRules)
            {
                var visit = maintenance.LastVisit(hourly.SiteId, hourly.DeviceId, component, at);
                var prediction = rule(visit is { } v ? hourly.After(v) : hourly, options, at);
                if (tracker.Observe(hourly.SiteId, hourly.DeviceId, component, at, prediction) is { } decision)
                {
                    decisions.Add(decision);
                }
            }
        }

        return decisions;
    }

    private static readonly (string Component, Func<HourlyFeatures, PredictorOptions, DateTimeOffset, Prediction?> Rule)[] HourlyRules =
    [
        (Component.Bearing, BearingPredictionRule.Evaluate),
        (Component.Pump, PumpPredictionRule.Evaluate),
    ];
}
