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
        DeviceWindow window, IReadOnlyList<DateTimeOffset> times, MaintenanceLog maintenance, PredictionTracker tracker, PredictorOptions options)
    {
        var decisions = new List<PredictionDecision>();
        foreach (var at in times)
        {
            var visit = maintenance.LastVisit(window.SiteId, window.DeviceId, Component.Filter, at);
            var seen = visit is { } v ? window.After(v) : window;
            if (FilterSensorScreen.IsSuspect(seen, at, options))
            {
                // Unknown, not clear: a sensor fault must neither raise nor retract a filter ticket.
                continue;
            }

            var decision = tracker.Observe(window.SiteId, window.DeviceId, Component.Filter, at, FilterPredictionRule.Evaluate(seen, options, at));
            if (decision is not null)
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }

    public static IReadOnlyList<PredictionDecision> ScoreBearing(
        HourlyFeatures hourly, IReadOnlyList<DateTimeOffset> times, MaintenanceLog maintenance, PredictionTracker tracker, PredictorOptions options)
    {
        var decisions = new List<PredictionDecision>();
        foreach (var at in times)
        {
            var visit = maintenance.LastVisit(hourly.SiteId, hourly.DeviceId, Component.Bearing, at);
            var prediction = BearingPredictionRule.Evaluate(visit is { } v ? hourly.After(v) : hourly, options, at);
            if (tracker.Observe(hourly.SiteId, hourly.DeviceId, Component.Bearing, at, prediction) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }
}
