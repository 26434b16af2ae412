namespace PredictMaint.Ticketing.Domain.Kpi;

/// <summary>
/// Turns per-ticket facts into the KPIs. Pure; the definitions are in the ticketing README.
/// </summary>
public static class KpiCalculator
{
    public static KpiReport Compute(IReadOnlyList<KpiTicket> tickets, IReadOnlyList<BacklogDay> backlog)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(backlog);
        var resolved = tickets.Where(t => t.Finding is not null).ToList();
        var rated = tickets.Where(t => t.Rating is not null).Select(t => t.Rating!.Value).ToList();
        var finished = tickets.Where(t => t.State is TicketState.Closed or TicketState.Rejected or TicketState.Cancelled).ToList();
        var judged = tickets.Where(t => t.IsPredicted && t.Finding is not null).ToList();
        var confirmed = judged.Where(t => t.Finding == FindingCondition.ConfirmsPrediction).ToList();
        return new KpiReport(
            tickets.Count,
            Distribution.Of(tickets.Where(t => t.RespondedAt is not null).Select(t => t.RespondedAt!.Value - t.RaisedAt)),
            Distribution.Of(tickets.Where(t => t.ResolvedAt is not null).Select(t => t.ResolvedAt!.Value - t.RaisedAt)),
            resolved.Count,
            Rate(resolved.Count(t => t.Reopens == 0), resolved.Count),
            backlog,
            backlog.Count == 0 ? 0 : backlog[^1].Open - backlog[0].Open,
            rated.Count,
            rated.Count == 0 ? null : rated.Average(),
            Rate(rated.Count(r => r >= 4), rated.Count),
            finished.Count,
            Rate(finished.Count(t => t.ClosedByCustomer), finished.Count),
            tickets.Count(t => t.IsPredicted),
            confirmed.Count,
            judged.Count - confirmed.Count,
            Rate(confirmed.Count, judged.Count),
            Distribution.Of(confirmed.Where(t => t.ResolvedAt is not null).Select(t => t.PredictedFailureAt - t.ResolvedAt!.Value)),
            tickets.Count(t => t.MissedFailure));
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
