namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>
/// A stretch of a device's run that is abnormal by its ground truth, [<see cref="Start"/>,
/// <see cref="End"/>): an injected fault (sensor or process) or a failed component still waiting
/// for its repair.
/// </summary>
internal readonly record struct AnomalyEpisode(DateTimeOffset Start, DateTimeOffset End, string Cause)
{
    /// <summary>
    /// Every episode of <paramref name="truth"/> that starts before <paramref name="runEnd"/>, sorted
    /// by start: each fault as recorded, and each component failure until the first maintenance of
    /// that component at or after it (or the end of the run when nobody came).
    /// </summary>
    public static IReadOnlyList<AnomalyEpisode> Of(DeviceTruth truth, DateTimeOffset runEnd)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var faults = truth.Faults.Select(f => new AnomalyEpisode(f.Start, f.End, f.Channel is null ? f.Kind : $"{f.Kind}:{f.Channel}"));
        var failures = truth.Components.SelectMany(c => c.Failures.Select(f => new AnomalyEpisode(
            f.At,
            truth.Maintenance.Where(m => m.Component == c.Component && m.At >= f.At).Select(m => m.At).DefaultIfEmpty(runEnd).Min(),
            $"{c.Component}:{f.Mode}")));
        return [.. faults.Concat(failures).Where(e => e.Start < runEnd && e.End > e.Start).OrderBy(e => e.Start).ThenBy(e => e.Cause, StringComparer.Ordinal)];
    }
}
