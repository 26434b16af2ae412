using System.Globalization;

namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// When a technician works: weekly hours as local wall-clock times plus whole days off. Times
/// are local so a 08:00 start stays 08:00 across a daylight-saving change.
/// </summary>
public sealed record WorkingCalendar(IReadOnlyList<WorkingHours> Weekly, IReadOnlyList<DateOnly> DaysOff)
{
    /// <summary>Monday to Friday, 08:00–17:00.</summary>
    public static WorkingCalendar OfficeHours { get; } = new(
        [.. Enumerable.Range(1, 5).Select(d => new WorkingHours((DayOfWeek)d, new TimeOnly(8, 0), new TimeOnly(17, 0)))],
        []);

    /// <summary>The working stretches of one local date, earliest first; none on a day off.</summary>
    public IEnumerable<WorkingHours> On(DateOnly date) =>
        DaysOff.Contains(date) ? [] : Weekly.Where(w => w.Day == date.DayOfWeek).OrderBy(w => w.Start);

    /// <summary>Compact text for storage: <c>Monday 08:00-17:00;…|2040-01-02;…</c>.</summary>
    public string Format() =>
        string.Join(';', Weekly.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Day} {w.Start:HH\\:mm}-{w.End:HH\\:mm}")))
        + "|" + string.Join(';', DaysOff.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public static WorkingCalendar Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('|');
        var weekly = parts[0].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(entry =>
        {
            var (day, span) = (entry[..entry.IndexOf(' ', StringComparison.Ordinal)], entry[(entry.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var times = span.Split('-');
            return new WorkingHours(
                Enum.Parse<DayOfWeek>(day),
                TimeOnly.ParseExact(times[0], "HH:mm", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(times[1], "HH:mm", CultureInfo.InvariantCulture));
        });
        var daysOff = parts.Length > 1
            ? parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            : [];
        return new WorkingCalendar([.. weekly], [.. daysOff]);
    }

    public bool Equals(WorkingCalendar? other) => other is not null && Format() == other.Format();

    public override int GetHashCode() => Format().GetHashCode(StringComparison.Ordinal);
}
