namespace PredictMaint.Ticketing.Domain.Sla;

public sealed partial class SlaTimer
{
    /// <summary>
    /// Fires whatever is due at <paramref name="now"/>: at most one warning or breach per
    /// target, and one escalation step. A breach starts the chain at level 1 (again, if an earlier
    /// chain was ended by a late response); each later level
    /// is called only after the previous one had <see cref="SlaPolicy.EscalationInterval"/>, counted
    /// from when it was notified — so a service that was down for days sends one step, not all three.
    /// </summary>
    public IReadOnlyList<SlaNotification> Evaluate(DateTimeOffset now, SlaPolicy policy, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        now = now.ToUniversalTime();
        var notifications = new List<SlaNotification>();
        if (StoppedAt is not null || PausedAt is not null)
        {
            NextCheckAt = null;
            return notifications;
        }

        SlaTarget? breached = null;
        if (RespondedAt is null && !ResponseBreached && ResponseDueAt <= now)
        {
            ResponseBreached = ResponseWarned = true;
            breached = SlaTarget.Response;
        }
        else if (RespondedAt is null && !ResponseWarned && ResponseWarningAt <= now)
        {
            ResponseWarned = true;
            notifications.Add(new(SlaNotificationKind.Warning, SlaTarget.Response, 0, EscalationChain.RoleFor(1), ResponseDueAt!.Value, now));
        }

        if (!ResolutionBreached && ResolutionDueAt <= now)
        {
            ResolutionBreached = ResolutionWarned = true;
            breached ??= SlaTarget.Resolution;
        }
        else if (!ResolutionWarned && ResolutionWarningAt <= now)
        {
            ResolutionWarned = true;
            notifications.Add(new(SlaNotificationKind.Warning, SlaTarget.Resolution, 0, EscalationChain.RoleFor(1), ResolutionDueAt!.Value, now));
        }

        var chainIdle = NextEscalationAt is null;
        if ((breached is not null && chainIdle) || (EscalationLevel is > 0 and < EscalationChain.TopLevel && NextEscalationAt <= now))
        {
            EscalationLevel = breached is not null && chainIdle ? 1 : EscalationLevel + 1;
            NextEscalationAt = EscalationLevel < EscalationChain.TopLevel ? calendar.Add(now, policy.EscalationInterval) : null;
            var target = ResponseBreached && RespondedAt is null ? SlaTarget.Response : SlaTarget.Resolution;
            var due = (target == SlaTarget.Response ? ResponseDueAt : ResolutionDueAt) ?? now;
            notifications.Add(new(SlaNotificationKind.Escalation, target, EscalationLevel, EscalationChain.RoleFor(EscalationLevel), due, now));
        }

        NotificationCount += notifications.Count;
        Version++;
        Schedule(policy, calendar);
        return notifications;
    }

    /// <summary>Recomputes the stored due and warning times and the next moment worth a look.</summary>
    private void Schedule(SlaPolicy policy, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var targets = policy.For(Priority);
        var running = StoppedAt is null && PausedAt is null;
        var responding = running && RespondedAt is null;
        ResponseDueAt = responding ? calendar.Add(StartedAt, targets.Response + PausedBusinessTime) : null;
        ResponseWarningAt = responding ? calendar.Add(StartedAt, (targets.Response * policy.WarningFraction) + PausedBusinessTime) : null;
        ResolutionDueAt = running ? calendar.Add(StartedAt, targets.Resolution + PausedBusinessTime) : null;
        ResolutionWarningAt = running ? calendar.Add(StartedAt, (targets.Resolution * policy.WarningFraction) + PausedBusinessTime) : null;
        if (!running)
        {
            NextEscalationAt = null;
        }

        DateTimeOffset?[] candidates =
        [
            ResponseWarned ? null : ResponseWarningAt,
            ResponseBreached ? null : ResponseDueAt,
            ResolutionWarned ? null : ResolutionWarningAt,
            ResolutionBreached ? null : ResolutionDueAt,
            NextEscalationAt,
        ];
        NextCheckAt = candidates.Where(c => c is not null).Min();
    }
}
