using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain.Kpi;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Records the customer's rating of a resolved or closed ticket (CSAT); for the booking pages and planners.</summary>
public sealed class CustomerRatingStore(TicketingDbContext db, TimeProvider timeProvider)
{
    /// <summary>The stored rating, or why not: null ticket = not found; a problem text; or <c>AlreadyRated</c>.</summary>
    public async Task<(CustomerRating? Rating, bool Found, bool AlreadyRated, string? Problem)> RecordAsync(
        Guid ticketId, int score, string? reason, CancellationToken cancellationToken = default)
    {
        var state = await db.Tickets.AsNoTracking().Where(t => t.Id == ticketId).Select(t => (Domain.TicketState?)t.State).FirstOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return (null, false, false, null);
        }

        if (await db.CustomerRatings.AnyAsync(r => r.TicketId == ticketId, cancellationToken))
        {
            return (null, true, true, null);
        }

        var (rating, problem) = CustomerRating.Create(ticketId, state.Value, score, reason, timeProvider.GetUtcNow());
        if (rating is null)
        {
            return (null, true, false, problem);
        }

        db.CustomerRatings.Add(rating);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (WriteConflicts.IsUniqueViolation(exception))
        {
            return (null, true, true, null);
        }

        return (rating, true, false, null);
    }
}
