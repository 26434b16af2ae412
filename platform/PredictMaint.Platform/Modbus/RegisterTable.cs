using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Modbus;

/// <summary>Which Modbus table a register lives in.</summary>
public enum RegisterTable
{
    /// <summary>Holding registers, function code 3 (mbpoll <c>-t 4</c>).</summary>
    [JsonStringEnumMemberName("holding")]
    Holding,

    /// <summary>Input registers, function code 4 (mbpoll <c>-t 3</c>).</summary>
    [JsonStringEnumMemberName("input")]
    Input,
}
