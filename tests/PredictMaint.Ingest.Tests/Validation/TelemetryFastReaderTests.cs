using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using PredictMaint.Ingest.Validation;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Tests.Validation;

/// <summary>The fast reader must give exactly what the deserializer gives, or give up.</summary>
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

    /// <summary>Payloads the fast reader must hand back to the deserializer, or read the same way.</summary>
    private static readonly string[] Tricky =
    [
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":1}]} x""",
        """{"v":1,"site":"s","site":"t","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z"}]}""",
        """{"v":1,"\u0073ite":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z"}]}""",
        """{"v":1.0,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z"}]}""",
        """{"v":1,"site":null,"device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z"}]}""",
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[null]}""",
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"flow_lpm":1}]}""",
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":"1"}]}""",
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00Z","flow_lpm":1,"flow_lpm":2}]}""",
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"extra":{"a":[1,2,{"b":null}]},"samples":[{"ts":"2026-01-05T00:00:00Z","x":[1],"flow_lpm":null}]}""",
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"2026-01-05T00:00:00+02:00","flow_lpm":1e308}]}""",
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[{"ts":"yesterday"}]}""",
        """{"v":1,"site":"s","device":"d","model":"m","seq":1,"samples":[]}""",
        """{"v":1,"site":"s","device":"d","model":"m","samples":[{"ts":"2026-01-05T00:00:00Z"}]}""",
        """[1,2]""",
        """null""",
    ];

    [Fact]
    public void TryRead_AnySerializedMessage_SameAsDeserializer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Message.ToArbitrary(), message =>
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage);
            var fast = TelemetryFastReader.TryRead(payload, 8);
            return fast is not null && Json(fast) == Json(JsonSerializer.Deserialize(payload, ContractsJsonContext.Default.TelemetryMessage)!);
        }));

    [Fact]
    public void TryRead_TrickyPayloads_GivesUpOrAgrees()
    {
        foreach (var text in Tricky)
        {
            var fast = TelemetryFastReader.TryRead(Encoding.UTF8.GetBytes(text), 8);
            if (fast is not null)
            {
                Assert.Equal(Json(JsonSerializer.Deserialize(text, ContractsJsonContext.Default.TelemetryMessage)!), Json(fast));
            }
        }
    }

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
