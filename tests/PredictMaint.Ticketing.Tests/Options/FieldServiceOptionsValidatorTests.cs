using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Tests.Options;

public sealed class FieldServiceOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new FieldServiceOptionsValidator().Validate(null, new FieldServiceOptions()).Succeeded);

    [Theory]
    [InlineData("valve", "filter", "FLT-1", 60, "Component")]
    [InlineData("filter", "filter tech", "FLT-1", 60, "Skill")]
    [InlineData("filter", "filter", "FLT 1", 60, "PartNumber")]
    [InlineData("filter", "filter", "FLT-1", 5, "JobDuration")]
    public void Validate_BadCatalogueEntry_FailsNamingTheField(string component, string skill, string part, int minutes, string expected)
    {
        var options = new FieldServiceOptions
        {
            Catalogue = [new ComponentRequirementOptions { Component = component, Skill = skill, PartNumber = part, JobDuration = TimeSpan.FromMinutes(minutes) }],
        };

        var result = new FieldServiceOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HorizonUnderADay_Fails()
    {
        var result = new FieldServiceOptionsValidator().Validate(null, new FieldServiceOptions { Horizon = TimeSpan.FromHours(3) });

        Assert.Contains("Horizon", result.FailureMessage, StringComparison.Ordinal);
    }
}
