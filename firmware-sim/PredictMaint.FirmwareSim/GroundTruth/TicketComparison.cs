using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>A ticket as far as the ground-truth comparison cares.</summary>
internal sealed record TicketView(string DeviceId, string Component, DateTimeOffset RaisedAt, DateTimeOffset PredictedFailureAt);

/// <summary>One device's line in the comparison of one component.</summary>
/// <param name="EndOfLifeAt">The component's first end of life in the run; null when it lasted.</param>
internal sealed record ComparisonRow(DeviceTruth Truth, DateTimeOffset? EndOfLifeAt, IReadOnlyList<TicketView> Tickets, string Verdict)
{
    /// <summary>Device time between the first ticket and the real end of life (negative: late).</summary>
    public TimeSpan? LeadTime => EndOfLifeAt is { } end && Tickets.Count > 0 ? end - Tickets.Min(t => t.RaisedAt) : null;
}

/// <summary>
/// One component's tickets versus ground truth: a device whose component reached end of life in the
/// run should have exactly one ticket for it (hit), a device whose component lasted none (a ticket
/// is a false alarm).
/// </summary>
internal sealed record TicketComparison(IReadOnlyList<ComparisonRow> Rows)
{
    public const string Hit = "hit";
    public const string Missed = "missed";
    public const string FalseAlarm = "false alarm";
    public const string Duplicate = "duplicate";
    public const string Quiet = "ok";

    /// <summary>The components the predictor predicts, so the ones tickets are judged for (not the membrane).</summary>
    public static readonly IReadOnlyList<string> PredictedComponents = [Component.Filter, Component.Pump, Component.Bearing];

    public int Failing => Rows.Count(r => r.EndOfLifeAt is not null);

    public int Hits => Rows.Count(r => r.Verdict == Hit);

    public int MissedCount => Rows.Count(r => r.Verdict == Missed);

    public int FalseAlarms => Rows.Count(r => r.Verdict == FalseAlarm);

    public int Duplicates => Rows.Count(r => r.Verdict == Duplicate);

    public double? MedianLeadHours => MedianLead(Rows);

    /// <summary>Median lead time in hours of the rows that have one (of one comparison or several); null when none has.</summary>
    public static double? MedianLead(IEnumerable<ComparisonRow> rows)
    {
        var leads = rows.Where(r => r.LeadTime is not null).Select(r => r.LeadTime!.Value.TotalHours).Order().ToArray();
        return leads.Length == 0 ? null : leads[leads.Length / 2];
    }

    public static TicketComparison Compare(GroundTruthReport truth, IEnumerable<TicketView> tickets, string component)
    {
        var byDevice = tickets.Where(t => t.Component == component).ToLookup(t => t.DeviceId, StringComparer.Ordinal);
        var rows = truth.Devices.Select(device =>
        {
            var own = byDevice[device.DeviceId].ToArray();
            var endOfLife = FirstEndOfLife(device, component);
            var failing = endOfLife is not null;
            var verdict = (failing, own.Length) switch
            {
                (_, > 1) => Duplicate,
                (true, 1) => Hit,
                (true, 0) => Missed,
                (false, 1) => FalseAlarm,
                _ => Quiet,
            };
            return new ComparisonRow(device, endOfLife, own, verdict);
        }).ToArray();
        return new TicketComparison(rows);
    }

    /// <summary>The component's first failure in the run (a report without per-component truth knows the filter's only).</summary>
    public static DateTimeOffset? FirstEndOfLife(DeviceTruth device, string component) =>
        device.Components.FirstOrDefault(c => c.Component == component) is { } truth
            ? truth.Failures.Select(f => (DateTimeOffset?)f.At).Min()
            : component == Component.Filter ? device.FilterEndOfLifeAt : null;
}
