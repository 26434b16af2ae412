using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using PredictMaint.Ingest.Validation;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Tests.Validation;

/// <summary>The fast reader must give exactly what the deserializer gives, or give up; and it must not give up on plain valid payloads.</summary>
public sealed class TelemetryFastReaderTests
{
    private static readonly Gen<double?> Reading = Gen.OneOf(
        Gen.Constant<double?>(null),
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => (double?)f.Get),
        Gen.Choose(-1000, 1000).Select(i => (double?)(i / 7.0)));

    private static readonly Gen<TelemetrySample> Sample =
        from ticks in Gen.Choose(0, int.MaxValue)
        from offsetMinutes in Gen.Elements(0, 60, -330)
        from values in Gen.ArrayOf(Reading, TelemetryChannel.All.Count)
        select TelemetrySampleFactory.Create(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(ticks * 997L), values);

    private static readonly Gen<TelemetryMessage> Message =
        from samples in Gen.NonEmptyListOf(Sample)
        from sequence in Gen.Choose(0, int.MaxValue)
        select new TelemetryMessage { SchemaVersion = 1, SiteId = "site-9", DeviceId = "dev_Z-1", Model = "aqua-400", Sequence = sequence * 3L, Samples = samples.ToArray() };

    [Fact]
    public void TryRead_AnySerializedMessage_SameAsDeserializer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Message.ToArbitrary(), message =>
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage);
            var fast = TelemetryFastReader.TryRead(payload, 8);
            return fast is not null && Json(fast) == Json(JsonSerializer.Deserialize(payload, ContractsJsonContext.Default.TelemetryMessage)!);
        }));

    /// <summary>
    /// Valid payloads unlike the serializer's own output: the fast reader itself must read these. Only asserting
    /// "gives up or agrees" would pass a reader that gives up on them, which is correct but forfeits its purpose.
    /// </summary>
    [Theory]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"extra":{"a":[1,2,{"b":null}]},"samples":[{"ts":"2026-01-05T00:00:00Z","x":[1],"flow_lpm":null}]}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00+02:00","flow_lpm":1e308}]}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[]}""")]
    [InlineData("""{"samples":[{"flow_lpm":0,"ts":"2026-01-05T00:00:00.1234567Z"}],"seq":9007199254740993,"model":"m","device":"d","site":"s","v":1}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"aqua\u002D400","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":-0.0,"pump_current_a":1E-3}]}""")]
    [InlineData(" \n{ \"v\" : 1 ,\n \"site\" : \"s\" , \"device\" : \"d\" , \"model\" : \"m\" , \"seq\" : 1 ,\n \"samples\" : [ { \"ts\" : \"2026-01-05T00:00:00Z\" } , { \"ts\" : \"2026-01-05T00:10:00Z\" } ] }\n ")]
    public void TryRead_ValidPayloadOffTheUsualShape_ReadsItItselfLikeTheDeserializer(string text)
    {
        var fast = TelemetryFastReader.TryRead(Encoding.UTF8.GetBytes(text), 8);
        Assert.NotNull(fast);
        Assert.Equal(Json(JsonSerializer.Deserialize(text, ContractsJsonContext.Default.TelemetryMessage)!), Json(fast));
    }

    /// <summary>What the reader gives up on by design: the deserializer decides these (most are dead letters).</summary>
    [Theory]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":1}]} x""")]
    [InlineData("""{"v":1,"site":"s","site":"t","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z"}]}""")]
    [InlineData("""{"v":1,"\u0073ite":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z"}]}""")]
    [InlineData("""{"v":1.0,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z"}]}""")]
    [InlineData("""{"v":1,"site":null,"device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z"}]}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[null]}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"flow_lpm":1}]}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":"1"}]}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":1,"flow_lpm":2}]}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"yesterday"}]}""")]
    [InlineData("""{"v":1,"site":"s","device":"d","model":"m","samples":[{"ts":"2026-01-05T00:00:00Z"}]}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""null""")]
    public void TryRead_PayloadOutsideItsScope_GivesUp(string text) =>
        Assert.Null(TelemetryFastReader.TryRead(Encoding.UTF8.GetBytes(text), 8));

    [Fact]
    public void TryRead_HostilePayloads_GivesUpOrAgrees() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(HostilePayloads.Any.ToArbitrary(), payload =>
        {
            var fast = TelemetryFastReader.TryRead(payload, 8);
            return fast is null || Json(fast) == Json(JsonSerializer.Deserialize(payload, ContractsJsonContext.Default.TelemetryMessage)!);
        }));

    [Fact]
    public void Create_EveryChannel_LandsInItsOwnProperty()
    {
        for (var c = 0; c < TelemetryChannel.All.Count; c++)
        {
            var values = new double?[TelemetryChannel.All.Count];
            values[c] = 42;
            var sample = TelemetrySampleFactory.Create(DateTimeOffset.UnixEpoch, values);
            Assert.All(TelemetryChannel.All, (channel, i) => Assert.Equal(i == c ? 42 : null, channel.Read(sample)));
            Assert.Contains($"\"{TelemetryChannel.All[c].FieldName}\":42", JsonSerializer.Serialize(sample, ContractsJsonContext.Default.TelemetryMessage.Options), StringComparison.Ordinal);
        }
    }

    /// <summary>Member by member (not through JSON: a read 1e999 is an infinity, which JSON cannot write).</summary>
    private static string Json(TelemetryMessage message) =>
        $"{message.SchemaVersion}|{message.SiteId}|{message.DeviceId}|{message.Model}|{message.Sequence}|" + string.Join(
            ";", message.Samples.Select(s => s.Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "=" + string.Join(",", TelemetryChannel.All.Select(c => c.Read(s)?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "-"))));
}
