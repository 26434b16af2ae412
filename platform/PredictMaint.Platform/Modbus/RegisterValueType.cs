using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Modbus;

/// <summary>How a value is stored: one 16-bit register or two for 32-bit types.</summary>
public enum RegisterValueType
{
    [JsonStringEnumMemberName("uint16")]
    Unsigned16,

    [JsonStringEnumMemberName("int16")]
    Signed16,

    [JsonStringEnumMemberName("uint32")]
    Unsigned32,

    [JsonStringEnumMemberName("int32")]
    Signed32,

    /// <summary>IEEE 754 single precision.</summary>
    [JsonStringEnumMemberName("float32")]
    Single32,
}
