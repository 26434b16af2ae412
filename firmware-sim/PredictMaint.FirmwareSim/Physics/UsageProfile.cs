namespace PredictMaint.FirmwareSim.Physics;

/// <summary>
/// How much of its rated flow a customer draws, by hour of day and day of week (0..1).
/// </summary>
internal sealed class UsageProfile
{
    private readonly double[] _weekdayHours;
    private readonly double[] _weekendHours;

    private readonly double[] _holidayHours;

    private UsageProfile(string name, double[] weekdayHours, double[] weekendHours, double[] holidayHours)
    {
        Name = name;
        _weekdayHours = weekdayHours;
        _weekendHours = weekendHours;
        _holidayHours = holidayHours;
    }

    public string Name { get; }

    // Households draw water around breakfast and dinner, more at weekends.
    public static UsageProfile Household { get; } = new(
        "household",
        [0, 0, 0, 0, 0, 0.1, 0.6, 0.9, 0.5, 0.2, 0.1, 0.2, 0.4, 0.2, 0.1, 0.1, 0.2, 0.5, 0.9, 0.8, 0.5, 0.3, 0.1, 0],
        [0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.8, 0.7, 0.5, 0.6, 0.7, 0.4, 0.3, 0.3, 0.4, 0.6, 0.9, 0.8, 0.6, 0.4, 0.2, 0],
        [0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.8, 0.7, 0.5, 0.6, 0.7, 0.4, 0.3, 0.3, 0.4, 0.6, 0.9, 0.8, 0.6, 0.4, 0.2, 0]);

    // Offices run during working hours and stand idle at weekends.
    public static UsageProfile Office { get; } = new(
        "office",
        [0, 0, 0, 0, 0, 0, 0, 0.3, 0.8, 0.9, 0.8, 0.7, 0.9, 0.8, 0.7, 0.7, 0.6, 0.4, 0.1, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.05, 0.05, 0.05, 0.05, 0.05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        new double[24]);

    // Restaurants peak at lunch and dinner service, every day.
    public static UsageProfile Restaurant { get; } = new(
        "restaurant",
        [0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.3, 0.6, 0.9, 1.0, 0.8, 0.4, 0.3, 0.5, 0.8, 1.0, 1.0, 0.9, 0.6, 0.2, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.3, 0.6, 0.9, 1.0, 0.9, 0.5, 0.4, 0.6, 0.9, 1.0, 1.0, 0.9, 0.7, 0.3, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.4, 0.7, 1.0, 1.0, 1.0, 0.7, 0.6, 0.8, 1.0, 1.0, 1.0, 1.0, 0.8, 0.4, 0.1]);

    public static IReadOnlyList<UsageProfile> All { get; } = [Household, Office, Restaurant];

    /// <summary>Demand fraction (0..1) at the given local time (the clock on the customer's wall).</summary>
    public double Demand(DateTimeOffset time, bool holiday = false)
    {
        if (holiday)
        {
            return _holidayHours[time.Hour];
        }

        var weekend = time.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return (weekend ? _weekendHours : _weekdayHours)[time.Hour];
    }

    /// <summary>Average number of hours per day with enough demand for the pump to run.</summary>
    public double RunningHoursPerDay => ((5 * _weekdayHours.Count(d => d >= IdleBelow)) + (2 * _weekendHours.Count(d => d >= IdleBelow))) / 7.0;

    /// <summary>Below this demand fraction the pump stands idle.</summary>
    public const double IdleBelow = 0.02;

    /// <summary>Average demand fraction over a week (hours at full rated flow per hour).</summary>
    public double WeeklyMeanDemand => ((5 * _weekdayHours.Sum()) + (2 * _weekendHours.Sum())) / (7 * 24.0);
}
