using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Audit;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Reads the audit trail and checks its hash chains against the tickets.</summary>
public sealed partial class AuditStore(TicketingDbContext db, ILogger<AuditStore> logger)
{
    public async Task<IReadOnlyList<AuditRecord>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        await db.AuditRecords.AsNoTracking().Where(r => r.TicketId == ticketId).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);

    /// <summary>
    /// Checks every ticket, one at a time so memory stays bounded by the longest history.
    /// Also reports audit chains whose ticket row is gone.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var problems = new List<AuditProblem>();
        var ticketIds = await db.Tickets.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        var chainIds = await db.AuditRecords.AsNoTracking().Select(r => r.TicketId).Distinct().ToListAsync(cancellationToken);
        foreach (var orphan in chainIds.Except(ticketIds))
        {
            problems.Add(new AuditProblem(orphan, "audit records exist but the ticket is gone (deleted outside the audit trail)"));
        }

        var records = 0;
        foreach (var id in ticketIds)
        {
            var ticket = await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
            var history = await HistoryAsync(id, cancellationToken);
            records += history.Count;
            problems.AddRange(AuditChain.Verify(history, TicketSnapshot.Of(ticket)).Select(p => new AuditProblem(id, p)));
        }

        if (problems.Count > 0)
        {
            LogTampering(logger, problems.Count);
        }

        return new AuditVerification(problems.Count == 0, ticketIds.Count, records, problems);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Audit verification found {Count} problems: the history may have been tampered with")]
    private static partial void LogTampering(ILogger logger, int count);
}
