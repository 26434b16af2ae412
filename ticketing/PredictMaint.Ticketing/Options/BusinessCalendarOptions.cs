namespace PredictMaint.Ticketing.Options;

/// <summary>
/// Opening hours per weekday as <c>HH:mm-HH:mm</c> in the site's local time (an empty value
/// closes the day) and holidays as local dates. Default: Monday to Friday, 08:00-17:00.
/// </summary>
public sealed class BusinessCalendarOptions
{
    public IDictionary<DayOfWeek, string> Hours { get; init; } = new Dictionary<DayOfWeek, string>
    {
        [DayOfWeek.Monday] = "08:00-17:00",
        [DayOfWeek.Tuesday] = "08:00-17:00",
        [DayOfWeek.Wednesday] = "08:00-17:00",
        [DayOfWeek.Thursday] = "08:00-17:00",
        [DayOfWeek.Friday] = "08:00-17:00",
    };

    public IList<DateOnly> Holidays { get; init; } = [];
}
