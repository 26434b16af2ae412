using PredictMaint.Ticketing.Domain.Sla;

namespace PredictMaint.Ticketing.Tests.Domain.Sla;

public sealed class BusinessCalendarTests
{
    private static readonly Dictionary<DayOfWeek, WorkingHours> WeekdaysEightToFive = new[]
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    }.ToDictionary(d => d, _ => new WorkingHours(new TimeOnly(8, 0), new TimeOnly(17, 0)));

    private static BusinessCalendar In(string zone, params DateOnly[] holidays) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(zone), WeekdaysEightToFive, holidays.ToHashSet());

    [Fact]
    public void Add_AcrossBerlinSpringForward_EndsAtLocalHourNotUtcHour()
    {
        // Friday 16:00 CET (+01:00); the clocks go forward on Sunday 2040-03-25; Monday is CEST (+02:00).
        var start = new DateTimeOffset(2040, 3, 23, 15, 0, 0, TimeSpan.Zero);

        var due = In("Europe/Berlin").Add(start, TimeSpan.FromHours(4));

        // 1 h on Friday, 3 h on Monday from 08:00 local: 11:00 CEST = 09:00 UTC (10:00 UTC without DST).
        Assert.Equal(new DateTimeOffset(2040, 3, 26, 9, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Add_AcrossNewYorkFallBack_EndsAtLocalHourNotUtcHour()
    {
        // Friday 2040-11-02 16:00 EDT (-04:00); Monday 2040-11-05 is EST (-05:00).
        var start = new DateTimeOffset(2040, 11, 2, 20, 0, 0, TimeSpan.Zero);

        var due = In("America/New_York").Add(start, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2040, 11, 5, 14, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Add_OverHoliday_SkipsTheDay()
    {
        var calendar = In("UTC", new DateOnly(2040, 3, 26));
        var start = new DateTimeOffset(2040, 3, 23, 16, 0, 0, TimeSpan.Zero);

        var due = calendar.Add(start, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2040, 3, 27, 9, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Add_StartOutsideHours_StartsAtNextOpening()
    {
        var saturdayNight = new DateTimeOffset(2040, 3, 24, 22, 0, 0, TimeSpan.Zero);

        var due = In("UTC").Add(saturdayNight, TimeSpan.FromMinutes(30));

        Assert.Equal(new DateTimeOffset(2040, 3, 26, 8, 30, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Between_IsInverseOfAdd_AcrossDstAndWeekends()
    {
        var calendar = In("Europe/Berlin", new DateOnly(2040, 3, 28));
        var start = new DateTimeOffset(2040, 3, 22, 7, 13, 0, TimeSpan.Zero);
        foreach (var hours in new[] { 0.5, 4, 9, 17.25, 45, 90 })
        {
            var due = calendar.Add(start, TimeSpan.FromHours(hours));

            Assert.Equal(TimeSpan.FromHours(hours), calendar.Between(start, due));
        }
    }

    [Fact]
    public void Between_ReversedInterval_IsZero() =>
        Assert.Equal(TimeSpan.Zero, In("UTC").Between(new DateTimeOffset(2040, 3, 26, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 3, 26, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Constructor_NoWorkingDay_Throws() =>
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(TimeZoneInfo.Utc, new Dictionary<DayOfWeek, WorkingHours>(), new HashSet<DateOnly>()));
}
