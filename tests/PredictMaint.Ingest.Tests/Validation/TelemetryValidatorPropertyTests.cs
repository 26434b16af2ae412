using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PredictMaint.Ingest.Validation;

namespace PredictMaint.Ingest.Tests.Validation;

/// <summary>Whatever arrives, the validator answers with a message or a reason, never an exception.</summary>
public sealed class TelemetryValidatorPropertyTests
{
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(500);
    private static readonly TelemetryValidator Validator = TelemetryValidatorTests.Validator(new ValidationOptions());

    private static bool RejectedWithReason(byte[] payload)
    {
        var result = Validator.Validate(HostilePayloads.Topic, payload);
        return result.Message is null && !string.IsNullOrWhiteSpace(result.Reason);
    }

    [Fact]
    public void Validate_RandomBytes_RejectedWithReason() =>
        Check.One(Thorough, Prop.ForAll(HostilePayloads.RandomBytes.ToArbitrary(), RejectedWithReason));

    [Fact]
    public void Validate_HugePayloads_RejectedWithReason() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20), Prop.ForAll(HostilePayloads.Huge.ToArbitrary(), RejectedWithReason));

    [Fact]
    public void Validate_DeeplyNestedJson_RejectedWithReason() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(HostilePayloads.DeeplyNested.ToArbitrary(), RejectedWithReason));

    [Fact]
    public void Validate_NonFiniteOrImplausibleNumbers_RejectedWithReason() =>
        Check.One(Thorough, Prop.ForAll(HostilePayloads.BadNumbers.ToArbitrary(), RejectedWithReason));

    [Fact]
    public void Validate_WrongDeviceId_RejectedNamingBoth() =>
        Check.One(Thorough, Prop.ForAll(HostilePayloads.WrongDevice.ToArbitrary(), payload =>
            Validator.Validate(HostilePayloads.Topic, payload).Reason?.Contains("published on the topic of site-1/dev-1", StringComparison.Ordinal) == true));

    [Fact]
    public void Validate_AnyFiniteReading_AcceptedExactlyWhenInBounds()
    {
        var (min, max) = new ValidationOptions().RangeOf("water_temp_c");
        var readings = Gen.OneOf(ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get), Gen.Choose(-20, 120).Select(i => i / 1.0));
        Check.One(Thorough, Prop.ForAll(readings.ToArbitrary(), value =>
        {
            var payload = Encoding.UTF8.GetBytes(HostilePayloads.Valid(reading: "\"water_temp_c\":" + value.ToString("R", CultureInfo.InvariantCulture)));
            var accepted = Validator.Validate(HostilePayloads.Topic, payload).Message is not null;
            return accepted == (value >= min && value <= max);
        }));
    }

    [Fact]
    public void Validate_MutatedValidPayload_NeverThrows()
    {
        var valid = Encoding.UTF8.GetBytes(HostilePayloads.Valid());
        var mutated =
            from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, valid.Length - 1), ArbMap.Default.GeneratorFor<byte>()))
            select Mutate(valid, edits);
        Check.One(Thorough, Prop.ForAll(mutated.ToArbitrary(), payload =>
        {
            var result = Validator.Validate(HostilePayloads.Topic, payload);
            return (result.Message is null) != (result.Reason is null);
        }));
    }

    private static byte[] Mutate(byte[] valid, (int Index, byte Value)[] edits)
    {
        var copy = (byte[])valid.Clone();
        foreach (var (index, value) in edits)
        {
            copy[index] = value;
        }

        return copy;
    }
}
