using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Tests.Options;

public sealed class TicketingOptionsValidatorTests
{
    private static TicketingOptions Valid() => new()
    {
        DatabasePath = "tickets.db",
        ApiKeys = [new ApiKeyOptions { Name = "predictor-1", Key = "0123456789abcdef", Role = "predictor" }],
    };

    [Fact]
    public void Validate_ValidOptions_Succeeds() =>
        Assert.True(new TicketingOptionsValidator().Validate(null, Valid()).Succeeded);

    [Fact]
    public void Validate_NoApiKeys_Fails()
    {
        var options = Valid();
        options.ApiKeys.Clear();

        var result = new TicketingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("ApiKeys", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short", "predictor", "16 characters")]
    [InlineData("0123456789abcdef", "system", "Role")]
    [InlineData("0123456789abcdef", "root", "Role")]
    public void Validate_BadApiKeyEntry_Fails(string key, string role, string expectedInMessage)
    {
        var options = Valid();
        options.ApiKeys.Add(new ApiKeyOptions { Name = "bad", Key = key, Role = role });

        var result = new TicketingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expectedInMessage, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutApiKeys_FailsFast()
    {
        var path = Path.Combine(Path.GetTempPath(), "pm-ticketing-nokeys-" + Guid.NewGuid().ToString("N"), "t.db");
        await using var app = TicketingApp.Build(["--urls=http://127.0.0.1:0", $"--Ticketing:DatabasePath={path}"]);

        await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
