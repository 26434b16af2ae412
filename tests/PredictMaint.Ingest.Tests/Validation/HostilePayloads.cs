using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace PredictMaint.Ingest.Tests.Validation;

/// <summary>Generators of payloads ingest must reject with a reason, for the validator and the running service alike.</summary>
internal static class HostilePayloads
{
    public const string Site = "site-1";
    public const string Device = "dev-1";
    public const string Topic = "pm/v1/site-1/dev-1/telemetry";

    public static string Valid(string device = Device, string reading = "\"flow_lpm\":3.9", string timestamp = "2026-01-05T00:00:00Z") =>
        $$"""{"v":1,"site":"{{Site}}","device":"{{device}}","model":"aqua-400","seq":7,"samples":[{"ts":"{{timestamp}}",{{reading}}}]}""";

    public static Gen<byte[]> RandomBytes { get; } = ArbMap.Default.GeneratorFor<byte[]>();

    public static Gen<byte[]> Huge { get; } =
        from size in Gen.Choose(600_000, 1_000_000)
        from filler in Gen.Elements((byte)' ', (byte)'[', (byte)'7')
        select Enumerable.Repeat(filler, size).Concat(Encoding.UTF8.GetBytes(Valid())).ToArray();

    public static Gen<byte[]> DeeplyNested { get; } =
        from depth in Gen.Choose(9, 50_000)
        select Encoding.UTF8.GetBytes(Valid(reading: "\"x\":" + new string('[', depth) + new string(']', depth)));

    /// <summary>Non-finite or implausible readings: NaN and infinities cannot even be written as JSON numbers.</summary>
    public static Gen<byte[]> BadNumbers { get; } =
        from channel in Gen.Elements("flow_lpm", "pressure_drop_kpa", "water_temp_c", "pump_current_a", "vibration_rms_mm_s")
        from value in Gen.Elements("NaN", "\"NaN\"", "Infinity", "-Infinity", "1e999", "-1e999", "1e9", "-1e9")
        select Encoding.UTF8.GetBytes(Valid(reading: $"\"{channel}\":{value}"));

    public static Gen<byte[]> WrongDevice { get; } =
        from suffix in Gen.Choose(2, 1_000_000)
        select Encoding.UTF8.GetBytes(Valid(device: "dev-" + suffix.ToString(CultureInfo.InvariantCulture)));

    public static Gen<byte[]> Any { get; } = Gen.OneOf(RandomBytes, Huge, DeeplyNested, BadNumbers, WrongDevice);
}
