namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>
/// Working hours per weekday and holidays, read in one time zone. Local opening and closing
/// times are turned into UTC day by day, so a DST change moves the window by an hour in UTC
/// while a business hour stays a real hour. Pure: callers pass every instant.
/// </summary>
public sealed class BusinessCalendar
{
    // Ten years of days: a calendar with so few open hours that a target takes longer is misconfigured.
    private const int MaxDays = 3660;

    private readonly IReadOnlyDictionary<DayOfWeek, WorkingHours> hours;
    private readonly IReadOnlySet<DateOnly> holidays;

    public BusinessCalendar(TimeZoneInfo zone, IReadOnlyDictionary<DayOfWeek, WorkingHours> hours, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(holidays);
        if (!hours.Values.Any(h => h.End > h.Start))
        {
            throw new ArgumentException("A business calendar needs at least one working day.", nameof(hours));
        }

        Zone = zone;
        this.hours = hours;
        this.holidays = holidays;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The instant when <paramref name="businessTime"/> of working time has passed after <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        var remaining = businessTime < TimeSpan.Zero ? TimeSpan.Zero : businessTime;
        var cursor = start.ToUniversalTime();
        var day = LocalDate(cursor);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (Window(day) is not var (open, close) || close <= cursor)
            {
                continue;
            }

            var from = open > cursor ? open : cursor;
            if (remaining <= close - from)
            {
                return from + remaining;
            }

            remaining -= close - from;
        }

        throw new InvalidOperationException($"No {businessTime} of business time within {MaxDays} days of {start:O}.");
    }

    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var start = from.ToUniversalTime();
        var end = to.ToUniversalTime();
        var total = TimeSpan.Zero;
        for (var day = LocalDate(start); day <= LocalDate(end); day = day.AddDays(1))
        {
            if (Window(day) is var (open, close))
            {
                var a = open > start ? open : start;
                var b = close < end ? close : end;
                total += b > a ? b - a : TimeSpan.Zero;
            }
        }

        return total;
    }

    /// <summary>The day's opening window in UTC; null on closed days and holidays.</summary>
    private (DateTimeOffset Open, DateTimeOffset Close)? Window(DateOnly day) =>
        holidays.Contains(day) || !hours.TryGetValue(day.DayOfWeek, out var h) || h.End <= h.Start
            ? null
            : (ToUtc(day.ToDateTime(h.Start)), ToUtc(day.ToDateTime(h.End)));

    private DateOnly LocalDate(DateTimeOffset utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, Zone).DateTime);

    /// <summary>
    /// A local wall-clock time in UTC. A time skipped by the spring-forward gap does not exist;
    /// the first valid minute after it is used. An ambiguous autumn time takes the standard offset.
    /// </summary>
    private DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(1);
        }

        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
