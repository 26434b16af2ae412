namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>
/// The SLA clock of one ticket. Business time counts from <see cref="StartedAt"/> minus the
/// business time spent paused, so a due time is simply "start + target + paused time" on the
/// calendar; the due times are stored so a monitor (any instance, after any restart) only has
/// to look at <see cref="NextCheckAt"/>. Pure: every instant is passed in.
/// </summary>
public sealed partial class SlaTimer
{
    private SlaTimer()
    {
        TimeZoneId = string.Empty;
    }

    public Guid TicketId { get; private set; }

    public Priority Priority { get; private set; }

    /// <summary>The site's IANA zone when the clock started (UTC when the site is not in the directory).</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>The site's region, whose calendar overrides the default one; null for the default.</summary>
    public string? Region { get; private set; }

    /// <summary>Server time the clock started (ticket raised, or reopened for the resolution target).</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Set while waiting on the customer (<see cref="SlaStates.PausesClock"/>).</summary>
    public DateTimeOffset? PausedAt { get; private set; }

    /// <summary>Business time spent paused since <see cref="StartedAt"/>, up to the last resume.</summary>
    public TimeSpan PausedBusinessTime { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    public DateTimeOffset? ResponseDueAt { get; private set; }

    public DateTimeOffset? ResolutionDueAt { get; private set; }

    public DateTimeOffset? ResponseWarningAt { get; private set; }

    public DateTimeOffset? ResolutionWarningAt { get; private set; }

    public bool ResponseWarned { get; private set; }

    public bool ResolutionWarned { get; private set; }

    public bool ResponseBreached { get; private set; }

    public bool ResolutionBreached { get; private set; }

    /// <summary>0 until a breach, then 1..<see cref="EscalationChain.TopLevel"/>.</summary>
    public int EscalationLevel { get; private set; }

    public DateTimeOffset? NextEscalationAt { get; private set; }

    /// <summary>The earliest warning, breach or escalation still to come; null when nothing can fire.</summary>
    public DateTimeOffset? NextCheckAt { get; private set; }

    /// <summary>Notifications sent so far; numbers them so each has its own outbox position.</summary>
    public int NotificationCount { get; private set; }

    /// <summary>Incremented on every change; storage uses it so two writers never both apply a step.</summary>
    public int Version { get; private set; }

    public bool IsPaused => PausedAt is not null;

    public static SlaTimer Start(
        Guid ticketId, Priority priority, TicketState state, string timeZoneId, string? region, DateTimeOffset now, SlaPolicy policy, BusinessCalendar calendar)
    {
        var timer = new SlaTimer
        {
            TicketId = ticketId,
            Priority = priority,
            TimeZoneId = timeZoneId,
            Region = region,
            StartedAt = now.ToUniversalTime(),
        };
        timer.Follow(TicketState.Proposed, state, priority, now, policy, calendar);
        return timer;
    }

    /// <summary>Moves the clock along with the ticket: responded, paused, resumed, stopped, restarted, re-prioritised.</summary>
    public void Follow(TicketState from, TicketState to, Priority priority, DateTimeOffset now, SlaPolicy policy, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        now = now.ToUniversalTime();
        Priority = priority;
        if (from == TicketState.Proposed && to != TicketState.Proposed && RespondedAt is null)
        {
            RespondedAt = now;
            if (!ResolutionBreached)
            {
                // A late response ends the chain its breach started; a later resolution breach starts a new one.
                NextEscalationAt = null;
            }
        }

        if (PausedAt is { } pausedAt && !to.PausesClock())
        {
            PausedBusinessTime += calendar.Between(pausedAt, now);
            PausedAt = null;
        }

        if (to.StopsClock())
        {
            StoppedAt ??= now;
        }
        else if (to == TicketState.Reopened)
        {
            // The fix did not hold: a fresh resolution target from now; the response was given long ago.
            StartedAt = now;
            PausedBusinessTime = TimeSpan.Zero;
            StoppedAt = null;
            ResolutionWarned = ResolutionBreached = false;
            EscalationLevel = 0;
            NextEscalationAt = null;
        }
        else if (to.PausesClock())
        {
            PausedAt ??= now;
        }

        Version++;
        Schedule(policy, calendar);
    }
}
