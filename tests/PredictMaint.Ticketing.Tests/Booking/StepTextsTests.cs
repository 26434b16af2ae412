using PredictMaint.Ticketing.Booking;

namespace PredictMaint.Ticketing.Tests.Booking;

public sealed class StepTextsTests
{
    [Fact]
    public void FormatWindow_English_BerlinClockAcrossDst()
    {
        // 07:00 UTC is 09:00 in Berlin on 30 March 2031 (summer time since that night).
        var start = new DateTimeOffset(2031, 3, 30, 7, 0, 0, TimeSpan.Zero);

        var text = StepTexts.FormatWindow(start, start.AddHours(1), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), "en");

        Assert.Equal("Sunday 30 March 2031, 09:00–10:00", text);
    }

    [Fact]
    public void FormatWindow_Chinese_ShanghaiDateMayBeTheNextDay()
    {
        var start = new DateTimeOffset(2031, 3, 23, 20, 0, 0, TimeSpan.Zero);

        var text = StepTexts.FormatWindow(start, start.AddHours(2), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), "zh-CN");

        Assert.Equal("2031年3月24日（星期一）04:00–06:00", text);
    }
}
