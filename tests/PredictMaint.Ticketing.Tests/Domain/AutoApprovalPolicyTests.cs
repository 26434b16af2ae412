using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class AutoApprovalPolicyTests
{
    private static readonly AutoApprovalPolicy Policy = new(
    [
        new AutoApprovalRule(Component.Filter, "rul-test-1", 0.75, TimeSpan.FromHours(48)),
        new AutoApprovalRule(Component.Pump, "*", 0.9, TimeSpan.FromHours(24)),
    ]);

    [Theory]
    [InlineData(Component.Filter, "rul-test-1", 0.8, 100, true)]
    [InlineData(Component.Filter, "rul-test-1", 0.75, 48, true)]
    [InlineData(Component.Filter, "rul-test-1", 0.74, 100, false)]
    [InlineData(Component.Filter, "rul-test-1", 0.8, 47, false)]
    [InlineData(Component.Filter, "rul-test-2", 0.99, 100, false)]
    [InlineData(Component.Pump, "anything", 0.95, 30, true)]
    [InlineData(Component.Bearing, "rul-test-1", 0.99, 500, false)]
    public void Decide_AgainstLimits_ApprovesOnlyAboveBoth(string component, string model, double confidence, double leadHours, bool approve)
    {
        var prediction = TestPredictions.For("dev-auto", component, leadHours) with { ModelVersion = model, Confidence = confidence };

        var (approved, note) = Policy.Decide(prediction);

        Assert.Equal(approve, approved);
        Assert.StartsWith(approve ? "auto-approved" : "shadow", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ShadowOnly_AnyPrediction_NeverApproves() =>
        Assert.False(AutoApprovalPolicy.ShadowOnly.Decide(TestPredictions.For("dev-auto") with { Confidence = 1 }).Approve);
}
