using System.Text;
using PredictMaint.Ingest.Validation;

namespace PredictMaint.Ingest.Tests.Validation;

public sealed class TelemetryValidatorTests
{
    private const string Topic = "pm/v1/site-1/dev-1/telemetry";

    private static string Payload(string device = "dev-1", int version = 1, string samples = """[{"ts":"2026-01-05T00:00:00Z","pressure_drop_kpa":31.5,"flow_lpm":3.9}]""") =>
        $$"""{"v":{{version}},"site":"site-1","device":"{{device}}","model":"aqua-400","seq":7,"samples":{{samples}}}""";

    private static TelemetryValidation Validate(string payload, string topic = Topic) =>
        TelemetryValidator.Validate(topic, Encoding.UTF8.GetBytes(payload), maxSamples: 3);

    [Fact]
    public void Validate_WellFormed_Accepts()
    {
        var result = Validate(Payload());
        Assert.Null(result.Reason);
        Assert.Equal(7, result.Message!.Sequence);
        Assert.Equal(31.5, result.Message.Samples[0].PressureDropKpa);
    }

    [Theory]
    [InlineData("{not json", "malformed JSON")]
    [InlineData("null", "null")]
    [InlineData("""{"v":1,"site":"site-1","device":"dev-1","seq":1,"samples":[]}""", "malformed JSON")]
    [InlineData("""{"v":1,"site":"site-1","device":"dev-1","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":"NaN"}]}""", "malformed JSON")]
    public void Validate_BrokenPayload_RejectsWithReason(string payload, string reasonPart) =>
        Assert.Contains(reasonPart, Validate(payload).Reason, StringComparison.Ordinal);

    [Fact]
    public void Validate_UnknownSchemaVersion_Rejects() =>
        Assert.Contains("schema version 2", Validate(Payload(version: 2)).Reason, StringComparison.Ordinal);

    [Fact]
    public void Validate_PayloadForAnotherDevice_Rejects() =>
        Assert.Contains("published on the topic of site-1/dev-1", Validate(Payload(device: "dev-2")).Reason, StringComparison.Ordinal);

    [Fact]
    public void Validate_TooManyOrNoSamples_Rejects()
    {
        Assert.NotNull(Validate(Payload(samples: "[]")).Reason);
        var four = "[" + string.Join(',', Enumerable.Repeat("""{"ts":"2026-01-05T00:00:00Z"}""", 4)) + "]";
        Assert.Contains("1 to 3 samples", Validate(Payload(samples: four)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SampleWithoutTimestamp_Rejects() =>
        Assert.NotNull(Validate(Payload(samples: """[{"flow_lpm":1}]""")).Reason);

    [Theory]
    [InlineData("pm/v1/site-1/dev-1/status")]
    [InlineData("other/topic")]
    public void Validate_NotATelemetryTopic_Rejects(string topic) =>
        Assert.Contains("is not pm/v1", Validate(Payload(), topic).Reason, StringComparison.Ordinal);
}
