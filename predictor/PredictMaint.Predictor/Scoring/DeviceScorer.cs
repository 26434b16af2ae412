using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Scores one device window at the given evaluation times: the component rules see only data
/// after the component's last maintenance visit, suspect sensors (<see cref="FilterSensorScreen"/>)
/// make an evaluation count as unknown, and the tracker keeps what reaches ticketing to
/// changes. Shared by the service and the fleet evaluation so both judge alike. No I/O.
/// </summary>
public static class DeviceScorer
{
    public static IReadOnlyList<PredictionDecision> Score(
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
}
