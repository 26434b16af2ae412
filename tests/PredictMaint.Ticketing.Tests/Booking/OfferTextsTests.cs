using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Booking;

public sealed class OfferTextsTests
{
    [Theory]
    [InlineData("2031-03-23T20:00:00Z", "Asia/Shanghai", "2031-03-23")] // already the 24th in Shanghai
    [InlineData("2031-03-23T20:00:00Z", "Europe/Berlin", "2031-03-22")]
    [InlineData("2031-03-24T03:00:00Z", "America/New_York", "2031-03-22")] // still the 23rd in New York
    public void LatestSafeDate_DayBeforeWindowStartInSiteZone(string windowStart, string zone, string expected)
    {
        var ticket = TicketWithWindow(DateTimeOffset.Parse(windowStart, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), OfferTexts.LatestSafeDate(ticket, TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }

    [Fact]
    public void Compose_Chinese_SubjectBodyAndDateInChinese()
    {
        var ticket = TicketWithWindow(new DateTimeOffset(2031, 3, 23, 20, 0, 0, TimeSpan.Zero));
        var site = Site.Create("s-1", new SiteDetails("c-1", "王先生", "east", "Asia/Shanghai", 31.2, 121.5, SiteLanguages.SimplifiedChinese, "wang@example.com", null));

        var message = OfferTexts.Compose(ticket, site, "免收人工费", new Uri("https://example.com/offer/t"));

        Assert.Equal(("wang@example.com", "zh-CN"), (message.Recipient, message.Language));
        Assert.Contains("2031年3月23日", message.Subject, StringComparison.Ordinal);
        Assert.Contains("滤芯", message.Body, StringComparison.Ordinal);
        Assert.Contains("免收人工费", message.Body, StringComparison.Ordinal);
        Assert.Contains("https://example.com/offer/t", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("kPa", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_English_PlainReasonWithoutModelJargon()
    {
        var ticket = TicketWithWindow(new DateTimeOffset(2031, 3, 23, 20, 0, 0, TimeSpan.Zero));
        var site = Site.Create("s-2", new SiteDetails("c-2", "Ms Smith", "north", "Europe/London", 51.5, -0.1, SiteLanguages.English, "smith@example.com", null));

        var message = OfferTexts.Compose(ticket, site, "Free labour.", new Uri("https://example.com/offer/t"));

        Assert.Equal("Book your filter replacement before 22 March 2031", message.Subject);
        Assert.Contains("Dear Ms Smith", message.Body, StringComparison.Ordinal);
        Assert.Contains("could fail from 23 March 2031", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(ticket.Reason, message.Body, StringComparison.Ordinal);
    }

    private static Ticket TicketWithWindow(DateTimeOffset windowStart)
    {
        var prediction = TestPredictions.For(TestPredictions.NewDeviceId(), issuedAt: windowStart.AddDays(-5)) with
        {
            FailureWindowStart = windowStart, PredictedFailureAt = windowStart.AddDays(1), FailureWindowEnd = windowStart.AddDays(2),
            Reason = "Filter pressure drop at rated flow is 80.0 kPa and rising 2.0 kPa/day.",
        };
        return Ticket.Propose(Guid.NewGuid(), prediction, windowStart.AddDays(-5));
    }
}
