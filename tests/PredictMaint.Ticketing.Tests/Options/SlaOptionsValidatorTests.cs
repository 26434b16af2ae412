using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Tests.Options;

public sealed class SlaOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new SlaOptionsValidator().Validate(null, new SlaOptions()).Succeeded);

    [Fact]
    public void Validate_MissingPriority_FailsNamingIt()
    {
        var options = new SlaOptions();
        options.Targets.Remove("P3");

        var result = new SlaOptionsValidator().Validate(null, options);

        Assert.Contains("Targets:P3", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ResolutionShorterThanResponse_Fails()
    {
        var options = new SlaOptions();
        options.Targets["P1"].Resolution = TimeSpan.FromMinutes(30);

        Assert.Contains("Targets:P1", new SlaOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownTimeZone_Fails() =>
        Assert.Contains("Nowhere/Land", new SlaOptionsValidator().Validate(null, new SlaOptions { DefaultTimeZone = "Nowhere/Land" }).FailureMessage, StringComparison.Ordinal);

    [Theory]
    [InlineData("8-17")]
    [InlineData("17:00-08:00")]
    [InlineData("08:00")]
    public void Validate_MalformedRegionHours_FailsNamingRegion(string hours)
    {
        var options = new SlaOptions();
        options.Regions["north"] = new BusinessCalendarOptions();
        options.Regions["north"].Hours[DayOfWeek.Monday] = hours;

        Assert.Contains("north", new SlaOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CalendarWithoutWorkingDay_Fails()
    {
        var options = new SlaOptions();
        options.Calendar.Hours.Clear();

        Assert.Contains("(default)", new SlaOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Validate_WarningFractionOutOfRange_Fails(double fraction) =>
        Assert.True(new SlaOptionsValidator().Validate(null, new SlaOptions { WarningFraction = fraction }).Failed);
}
