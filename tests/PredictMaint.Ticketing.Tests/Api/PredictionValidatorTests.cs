using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class PredictionValidatorTests
{
    private static readonly Prediction Valid = TestPredictions.For("dev-1");

    public static TheoryData<string, Prediction> InvalidPredictions => new()
    {
        { "site", Valid with { SiteId = "site/1" } },
        { "site", Valid with { SiteId = null! } },
        { "device", Valid with { DeviceId = "" } },
        { "device", Valid with { DeviceId = new string('d', 65) } },
        { "component", Valid with { Component = "impeller" } },
        { "component", Valid with { Component = null! } },
        { "predicted_failure_at", Valid with { PredictedFailureAt = Valid.FailureWindowEnd.AddTicks(1) } },
        { "predicted_failure_at", Valid with { PredictedFailureAt = Valid.FailureWindowStart.AddTicks(-1) } },
        { "failure_window_start", Valid with { FailureWindowStart = Valid.FailureWindowEnd.AddHours(1) } },
        { "confidence", Valid with { Confidence = -0.01 } },
        { "confidence", Valid with { Confidence = 1.01 } },
        { "confidence", Valid with { Confidence = double.NaN } },
        { "model_version", Valid with { ModelVersion = " " } },
        { "model_version", Valid with { ModelVersion = new string('m', PredictionValidator.MaxModelVersionLength + 1) } },
        { "reason", Valid with { Reason = "" } },
        { "reason", Valid with { Reason = null! } },
        { "evidence.unit", Valid with { Evidence = TestPredictions.Evidence(Valid) with { Unit = "" } } },
        { "evidence.threshold", Valid with { Evidence = TestPredictions.Evidence(Valid) with { Threshold = double.PositiveInfinity } } },
        { "evidence.history", Valid with { Evidence = TestPredictions.Evidence(Valid) with { History = [new(Valid.IssuedAt, double.NaN)] } } },
        { "evidence.forecast", Valid with { Evidence = TestPredictions.Evidence(Valid) with { Forecast = [.. Enumerable.Repeat(new EvidencePoint(Valid.IssuedAt, 1), PredictionEvidence.MaxPoints + 1)] } } },
    };

    [Fact]
    public void Validate_ValidPrediction_HasNoErrors() =>
        Assert.Empty(PredictionValidator.Validate(Valid));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Validate_ConfidenceAtBounds_HasNoErrors(double confidence) =>
        Assert.Empty(PredictionValidator.Validate(Valid with { Confidence = confidence }));

    [Fact]
    public void Validate_PredictedAtWindowEdges_HasNoErrors() =>
        Assert.Empty(PredictionValidator.Validate(Valid with
        {
            FailureWindowStart = Valid.PredictedFailureAt,
            FailureWindowEnd = Valid.PredictedFailureAt,
        }));

    [Theory]
    [MemberData(nameof(InvalidPredictions))]
    public void Validate_InvalidField_NamesThatField(string field, Prediction prediction)
    {
        var errors = PredictionValidator.Validate(prediction);

        Assert.Contains(field, errors.Keys);
        Assert.Contains(field, Assert.Single(errors[field]), StringComparison.Ordinal);
    }
}
