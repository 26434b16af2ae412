using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Kpi;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Reads the per-ticket facts for the KPIs in one query (filters, joins with SLA timers and
/// ratings, reopen counts and the missed-failure check run in the database), counts the
/// backlog per day in the database, and leaves the medians and rates to <see cref="KpiCalculator"/>.
/// </summary>
public sealed class KpiStore(TicketingDbContext db)
{
    /// <summary>The role the booking pages record when a customer confirms and closes a ticket themselves.</summary>
    public const string CustomerRole = Security.Roles.Customer;

    public async Task<KpiReport> ComputeAsync(KpiFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scope = Scope(filter);
        var raised = scope.Where(t => t.FirstReceivedAt >= filter.From && t.FirstReceivedAt < filter.To);
        var rows = await (
            from t in raised
            join s in db.SlaTimers on t.Id equals s.TicketId into timers
            from s in timers.DefaultIfEmpty()
            join r in db.CustomerRatings on t.Id equals r.TicketId into ratings
            from r in ratings.DefaultIfEmpty()
            select new
            {
                t.Id,
                t.State,
                t.ModelVersion,
                t.FirstReceivedAt,
                RespondedAt = s == null ? null : s.RespondedAt,
                StoppedAt = s == null ? null : s.StoppedAt,
                t.FindingCondition,
                t.PredictedFailureAt,
                Score = r == null ? (int?)null : r.Score,
                Reopens = db.AuditRecords.Count(a => a.TicketId == t.Id && a.Action == nameof(TicketAction.Reopen)),
                ByCustomer = t.RejectionReason == RejectionReason.CustomerDeclined
                    || db.AuditRecords.Any(a => a.TicketId == t.Id && a.Action == nameof(TicketAction.Close) && a.Role == CustomerRole),
                Missed = t.Kind == TicketKind.Corrective && t.ModelVersion == string.Empty
                    && !db.Tickets.Any(p => p.DeviceId == t.DeviceId && p.Component == t.Component && p.ModelVersion != string.Empty && p.FirstReceivedAt < t.FirstReceivedAt),
            }).ToListAsync(cancellationToken);
        var tickets = rows.Select(x => new KpiTicket(
            x.Id,
            x.State,
            x.ModelVersion.Length > 0,
            x.FirstReceivedAt,
            x.RespondedAt,
            x.State is TicketState.Resolved or TicketState.Closed && x.FindingCondition is not null ? x.StoppedAt : null,
            x.FindingCondition,
            x.PredictedFailureAt,
            x.Score,
            x.Reopens,
            x.ByCustomer,
            x.Missed)).ToList();

        var backlog = new List<BacklogDay>();
        for (var day = DateOnly.FromDateTime(filter.From.UtcDateTime); day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) < filter.To.UtcDateTime; day = day.AddDays(1))
        {
            var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var open = await scope.CountAsync(t => t.FirstReceivedAt < end && (t.IsOpen || t.StateChangedAt >= end), cancellationToken);
            backlog.Add(new BacklogDay(day, open));
        }

        return KpiCalculator.Compute(tickets, backlog);
    }

    private IQueryable<Ticket> Scope(KpiFilter filter)
    {
        var tickets = db.Tickets.AsNoTracking();
        if (filter.Component is { } component)
        {
            tickets = tickets.Where(t => t.Component == component);
        }

        if (filter.ModelVersion is { } model)
        {
            tickets = tickets.Where(t => t.ModelVersion == model);
        }

        if (filter.Region is { } region)
        {
            tickets = tickets.Where(t => db.Sites.Any(s => s.Id == t.SiteId && s.Region == region));
        }

        return tickets;
    }
}
