using System.Globalization;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Turns the stream of evaluations per device and component into the few messages ticketing
/// needs: the first prediction, a material change (predicted failure moved by more than
/// <see cref="PredictorOptions.MaterialChangeShare"/> of the lead time last sent, or the
/// priority band changed), and a retraction once the condition has been clear for
/// <see cref="PredictorOptions.ClearEvaluationsBeforeRetraction"/> evaluations in a row.
/// Pure state machine: device time only, no I/O; not thread-safe (one scoring loop owns it).
/// </summary>
public sealed class PredictionTracker(PredictorOptions options)
{
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    public PredictionDecision? Observe(string siteId, string deviceId, string component, DateTimeOffset at, Prediction? prediction)
    {
        var key = $"{siteId}/{deviceId}/{component}";
        _states.TryGetValue(key, out var state);
        if (prediction is not null)
        {
            var changed = state?.Sent is not { } sent || IsMaterialChange(sent, prediction);
            _states[key] = new State(changed ? prediction : state!.Sent, 0);
            return changed ? new PredictionDecision(prediction, null) { Changed = state?.Sent is not null } : null;
        }

        if (state?.Sent is not { } previous)
        {
            return null;
        }

        var clear = state.ClearEvaluations + 1;
        if (clear < options.ClearEvaluationsBeforeRetraction)
        {
            _states[key] = state with { ClearEvaluations = clear };
            return null;
        }

        _states.Remove(key);
        return new PredictionDecision(null, new PredictionRetraction
        {
            SiteId = siteId,
            DeviceId = deviceId,
            Component = component,
            ModelVersion = previous.ModelVersion,
            IssuedAt = at,
            Reason = string.Create(CultureInfo.InvariantCulture,
                $"No end of life expected within {options.Horizon.TotalHours:0} h any more: clear at {clear} consecutive evaluations up to {at:yyyy-MM-dd HH:mm} (device time)."),
        });
    }

    /// <summary>The tracker's state for one device, to put back with <see cref="Rollback"/> when sending failed.</summary>
    public object Checkpoint(string siteId, string deviceId)
    {
        var prefix = $"{siteId}/{deviceId}/";
        return _states.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Forgets what was decided for the device since <paramref name="checkpoint"/>, so the same evaluations decide again.</summary>
    public void Rollback(string siteId, string deviceId, object checkpoint)
    {
        var prefix = $"{siteId}/{deviceId}/";
        foreach (var key in _states.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToArray())
        {
            _states.Remove(key);
        }

        foreach (var (key, state) in (KeyValuePair<string, State>[])checkpoint)
        {
            _states[key] = state;
        }
    }

    /// <summary>Ticketing's bands by lead time: under 24 h P1, under 72 h P2, otherwise P3.</summary>
    public static int PriorityBand(Prediction prediction)
    {
        var lead = prediction.PredictedFailureAt - prediction.IssuedAt;
        return lead < TimeSpan.FromHours(24) ? 1 : lead < TimeSpan.FromHours(72) ? 2 : 3;
    }

    private bool IsMaterialChange(Prediction sent, Prediction next)
    {
        if (PriorityBand(sent) != PriorityBand(next))
        {
            return true;
        }

        // Relative to the lead time that was announced, with one evaluation step as a floor so a
        // prediction already due does not flap on every small move.
        var lead = sent.PredictedFailureAt - sent.IssuedAt;
        var tolerance = TimeSpan.FromTicks((long)(Math.Max(lead.Ticks, options.EvaluationStep.Ticks) * options.MaterialChangeShare));
        return (next.PredictedFailureAt - sent.PredictedFailureAt).Duration() > tolerance;
    }

    private sealed record State(Prediction Sent, int ClearEvaluations);
}
