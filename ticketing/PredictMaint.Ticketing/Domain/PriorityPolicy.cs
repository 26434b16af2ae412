namespace PredictMaint.Ticketing.Domain;

/// <summary>How urgent a predicted failure is, from the time left before it.</summary>
public static class PriorityPolicy
{
    public static readonly TimeSpan P1LeadTime = TimeSpan.FromHours(24);
    public static readonly TimeSpan P2LeadTime = TimeSpan.FromHours(72);

    /// <summary>
    /// Lead time is measured on the device clock (prediction issued → predicted failure), so an
    /// accelerated simulation yields the same priorities as real time. A lead time of zero or
    /// less (the failure is due already) is still P1: P0 is reserved for equipment that is down.
    /// </summary>
    public static Priority ForLeadTime(TimeSpan leadTime) =>
        leadTime < P1LeadTime ? Priority.P1
        : leadTime < P2LeadTime ? Priority.P2
        : Priority.P3;

    /// <summary>The more urgent of the two: evidence may raise a priority, never lower it.</summary>
    public static Priority MostUrgent(Priority current, Priority candidate) =>
        candidate < current ? candidate : current;
}
