using System.Text;
using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Tests.Fixtures;
using PredictMaint.Ingest.Validation;

namespace PredictMaint.Ingest.Tests.Validation;

public sealed class TelemetryValidatorTests
{
    private const string Topic = "pm/v1/site-1/dev-1/telemetry";
    internal static readonly DateTimeOffset Now = new(2026, 1, 6, 0, 0, 0, TimeSpan.Zero);

    private static string Payload(string device = "dev-1", int version = 1, string samples = """[{"ts":"2026-01-05T00:00:00Z","pressure_drop_kpa":31.5,"flow_lpm":3.9}]""") =>
        $$"""{"v":{{version}},"site":"site-1","device":"{{device}}","model":"aqua-400","seq":7,"samples":{{samples}}}""";

    internal static TelemetryValidator Validator(ValidationOptions? options = null) =>
        new(Options.Create(options ?? new ValidationOptions { MaxSamplesPerMessage = 3 }), new FixedClock(Now));

    private static TelemetryValidation Validate(string payload, string topic = Topic, ValidationOptions? options = null) =>
        Validator(options).Validate(topic, Encoding.UTF8.GetBytes(payload));

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
    [InlineData("""{"v":1,"site":"site-1","device":"dev-1","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":1e999}]}""", "")]
    [InlineData("""{"v":1} {"v":2}""", "malformed JSON")]
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

    [Theory]
    [InlineData("flow_lpm", "-50")]
    [InlineData("water_temp_c", "150")]
    [InlineData("vibration_rms_mm_s", "-0.5")]
    [InlineData("inlet_pressure_kpa", "1e6")]
    public void Validate_ImplausibleReading_RejectsNamingTheChannel(string channel, string value) =>
        Assert.Contains($"{channel} = ", Validate(Payload(samples: $$"""[{"ts":"2026-01-05T00:00:00Z","{{channel}}":{{value}}}]""")).Reason, StringComparison.Ordinal);

    [Fact]
    public void Validate_ConfiguredBounds_OverrideOneEnd()
    {
        var options = new ValidationOptions { Bounds = { ["flow_lpm"] = new ChannelBounds { Max = 10 } } };
        Assert.Contains("plausible range [-5, 10]", Validate(Payload(samples: """[{"ts":"2026-01-05T00:00:00Z","flow_lpm":11}]"""), options: options).Reason, StringComparison.Ordinal);
        Assert.Null(Validate(Payload(samples: """[{"ts":"2026-01-05T00:00:00Z","flow_lpm":-4}]"""), options: options).Reason);
    }

    [Theory]
    [InlineData("2025-11-01T00:00:00Z", "older than MaxSampleAge")]
    [InlineData("2026-01-06T00:10:00Z", "ahead of")]
    public void Validate_TimestampOutsideTheWindow_Rejects(string timestamp, string reasonPart) =>
        Assert.Contains(reasonPart, Validate(Payload(samples: $$"""[{"ts":"{{timestamp}}"}]""")).Reason, StringComparison.Ordinal);

    [Fact]
    public void Validate_WiderWindowForSimulatedTime_Accepts()
    {
        var options = new ValidationOptions { MaxSampleAge = TimeSpan.FromDays(3650) };
        Assert.Null(Validate(Payload(samples: """[{"ts":"2017-01-06T00:00:00Z"}]"""), options: options).Reason);
    }

    [Fact]
    public void Validate_DeeplyNestedJson_RejectsWithoutRecursing()
    {
        var nested = new string('[', 10_000) + new string(']', 10_000);
        Assert.Contains("malformed JSON", Validate(Payload(samples: $$"""[{"ts":"2026-01-05T00:00:00Z","extra":{{nested}}}]""")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HugePayload_RejectsBeforeParsing() =>
        Assert.Contains("exceeds MaxPayloadBytes", Validate(new string(' ', 600_000) + Payload()).Reason, StringComparison.Ordinal);

    [Fact]
    public void Options_BoundsForUnknownChannelOrInverted_AreInvalid()
    {
        var options = new ValidationOptions { Bounds = { ["nope"] = new ChannelBounds(), ["flow_lpm"] = new ChannelBounds { Min = 5, Max = 1 } } };
        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(r => r.ErrorMessage).ToList();
        Assert.Contains(errors, e => e!.Contains("unknown channel 'nope'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.Contains("'flow_lpm'", StringComparison.Ordinal));
    }
}
