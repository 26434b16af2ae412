using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Modbus;

/// <summary>
/// One value in a device's register map: raw = round(value / scale), stored as <see cref="Type"/>.
/// A missing reading (sensor dropout) is stored as the type's sentinel: 0xFFFF / 0xFFFFFFFF for
/// unsigned, the minimum for signed, NaN for float.
/// </summary>
public sealed record RegisterDefinition
{
    /// <summary>Telemetry field name (units in the name), e.g. <c>pressure_drop_kpa</c>.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("table")]
    public required RegisterTable Table { get; init; }

    /// <summary>Zero-based protocol address (mbpoll's <c>-r</c> counts from 1: address + 1).</summary>
    [JsonPropertyName("address")]
    public required int Address { get; init; }

    [JsonPropertyName("type")]
    public required RegisterValueType Type { get; init; }

    [JsonPropertyName("word_order")]
    public WordOrder WordOrder { get; init; } = WordOrder.HighWordFirst;

    /// <summary>Engineering value per raw count.</summary>
    [JsonPropertyName("scale")]
    public double Scale { get; init; } = 1.0;

    [JsonPropertyName("unit")]
    public string? Unit { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonIgnore]
    public int RegisterCount => Type is RegisterValueType.Unsigned16 or RegisterValueType.Signed16 ? 1 : 2;

    public void Encode(double? value, Span<ushort> table)
    {
        var slot = table.Slice(Address, RegisterCount);
        uint raw = Type switch
        {
            RegisterValueType.Unsigned16 => value is { } v ? (uint)Math.Clamp(Math.Round(v / Scale), 0, 0xFFFE) : 0xFFFF,
            RegisterValueType.Signed16 => (ushort)(value is { } v ? (short)Math.Clamp(Math.Round(v / Scale), short.MinValue + 1, short.MaxValue) : short.MinValue),
            RegisterValueType.Unsigned32 => value is { } v ? (uint)Math.Clamp(Math.Round(v / Scale), 0, uint.MaxValue - 1.0) : uint.MaxValue,
            RegisterValueType.Signed32 => (uint)(value is { } v ? (int)Math.Clamp(Math.Round(v / Scale), int.MinValue + 1.0, int.MaxValue) : int.MinValue),
            RegisterValueType.Single32 => BitConverter.SingleToUInt32Bits(value is { } v ? (float)(v / Scale) : float.NaN),
            _ => 0,
        };
        if (RegisterCount == 1)
        {
            slot[0] = (ushort)raw;
            return;
        }

        var (high, low) = ((ushort)(raw >> 16), (ushort)raw);
        (slot[0], slot[1]) = WordOrder == WordOrder.HighWordFirst ? (high, low) : (low, high);
    }

    public double? Decode(ReadOnlySpan<ushort> table)
    {
        var slot = table.Slice(Address, RegisterCount);
        var raw = RegisterCount == 1 ? slot[0] : WordOrder == WordOrder.HighWordFirst ? ((uint)slot[0] << 16) | slot[1] : ((uint)slot[1] << 16) | slot[0];
        double? decoded = Type switch
        {
            RegisterValueType.Unsigned16 => raw == 0xFFFF ? null : raw,
            RegisterValueType.Signed16 => (short)raw == short.MinValue ? null : (short)raw,
            RegisterValueType.Unsigned32 => raw == uint.MaxValue ? null : raw,
            RegisterValueType.Signed32 => (int)raw == int.MinValue ? null : (int)raw,
            RegisterValueType.Single32 => float.IsNaN(BitConverter.UInt32BitsToSingle(raw)) ? null : BitConverter.UInt32BitsToSingle(raw),
            _ => null,
        };
        return decoded * Scale;
    }
}
