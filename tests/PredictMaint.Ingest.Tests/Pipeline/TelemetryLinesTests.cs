using System.Buffers;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest.Tests.Pipeline;

/// <summary>The fast renderer must write exactly what the reference point builder writes.</summary>
public sealed class TelemetryLinesTests
{
    // Every channel of TelemetrySample is generated; a new channel must be added below too.
    private const int GeneratedChannels = 18;

    private static readonly Gen<double?> Reading = Gen.OneOf(
        Gen.Constant<double?>(null),
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => (double?)f.Get),
        Gen.Choose(-1000, 1000).Select(i => (double?)(i / 7.0)));

    private static readonly Gen<TelemetrySample> Sample =
        from ticks in Gen.Choose(0, int.MaxValue)
        from values in Gen.ArrayOf(Reading, GeneratedChannels)
        select new TelemetrySample
        {
            Timestamp = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero).AddTicks(ticks * 997L),
            InletPressureKpa = values[0], OutletPressureKpa = values[1], PressureDropKpa = values[2], FlowLitresPerMinute = values[3],
            WaterTemperatureCelsius = values[4], PumpCurrentAmps = values[5], VibrationRmsMillimetresPerSecond = values[6],
            VibrationPeakMillimetresPerSecond = values[7], VibrationKurtosis = values[8], TdsInPpm = values[9], TdsOutPpm = values[10],
            PumpRunning = values[11], LeakDetected = values[12], VibrationCrestFactor = values[13],
            VibrationMeanSquare10To100Hz = values[14], VibrationMeanSquare100To500Hz = values[15],
            VibrationMeanSquare500To1000Hz = values[16], FilterCloggingIndexKpa = values[17],
        };

    private static readonly Gen<TelemetryMessage> Message =
        from samples in Gen.NonEmptyListOf(Sample)
        from sequence in Gen.Choose(0, int.MaxValue)
        from model in Gen.Elements("aqua-400", "m_1", "X")
        select new TelemetryMessage { SchemaVersion = 1, SiteId = "site-9", DeviceId = "dev_Z-1", Model = model, Sequence = sequence * 3L, Samples = samples.ToArray() };

    [Fact]
    public void Append_AnyMessage_SameAsPointData() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Message.ToArbitrary(), message =>
        {
            var expected = new StringBuilder();
            foreach (var point in TelemetryPoints.From(message))
            {
                expected.Append(point.ToLineProtocol(WritePrecision.Nanoseconds)).Append('\n');
            }

            var lines = new ArrayBufferWriter<byte>();
            TelemetryLines.Append(lines, message);
            return Encoding.UTF8.GetString(lines.WrittenSpan) == expected.ToString();
        }));

    [Fact]
    public void Generator_CoversEveryTelemetryChannel() =>
        Assert.Equal(GeneratedChannels, TelemetryChannel.All.Count);
}
