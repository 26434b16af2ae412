using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Tests.Domain.FieldService;

public sealed class WorkingCalendarTests
{
    [Fact]
    public void Parse_FormattedCalendar_RoundTrips()
    {
        var calendar = new WorkingCalendar(
            [new WorkingHours(DayOfWeek.Monday, new TimeOnly(7, 30), new TimeOnly(12, 0)), new WorkingHours(DayOfWeek.Monday, new TimeOnly(13, 0), new TimeOnly(16, 45))],
            [new DateOnly(2040, 12, 24)]);

        var parsed = WorkingCalendar.Parse(calendar.Format());

        Assert.Equal(calendar, parsed);
        Assert.Equal(calendar.Weekly, parsed.Weekly);
        Assert.Empty(parsed.On(new DateOnly(2040, 12, 24)));
    }

    [Fact]
    public void Kilometres_BerlinToMunich_About504()
    {
        var km = GeoDistance.Kilometres(52.5200, 13.4050, 48.1351, 11.5820);

        Assert.InRange(km, 500, 508);
    }
}
