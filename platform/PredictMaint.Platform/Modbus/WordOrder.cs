using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Modbus;

/// <summary>Order of the two 16-bit words of a 32-bit value (bytes inside a word are always big-endian).</summary>
public enum WordOrder
{
    /// <summary>"ABCD": the high word at the lower address (Modicon convention).</summary>
    [JsonStringEnumMemberName("high_word_first")]
    HighWordFirst,

    /// <summary>"CDAB": the low word at the lower address (many PLCs and meters).</summary>
    [JsonStringEnumMemberName("low_word_first")]
    LowWordFirst,
}
