using System.ComponentModel.DataAnnotations;
using PredictMaint.Edge.Configuration;

namespace PredictMaint.Edge.Modbus;

/// <summary>One register of <see cref="ModbusOptions.Registers"/>: value = decoded raw × Scale + Offset.</summary>
public sealed class ModbusRegisterOptions
{
    /// <summary>Telemetry field the value is published as, e.g. <c>pressure_drop_kpa</c>.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary><c>holding</c>, <c>input</c>, <c>coil</c> or <c>discrete</c>.</summary>
    [Required]
    [AllowedValues("holding", "input", "coil", "discrete", ErrorMessage = "Kind must be one of: holding, input, coil, discrete.")]
    public string Kind { get; set; } = "holding";

    /// <summary>Zero-based protocol address (documentation that counts from 1, like mbpoll's <c>-r</c>, is one higher).</summary>
    [Range(0, 65535)]
    public int Address { get; set; }

    /// <summary><c>int16</c>, <c>uint16</c>, <c>int32</c>, <c>uint32</c> or <c>float32</c>; ignored for coils and discrete inputs.</summary>
    [AllowedValues("int16", "uint16", "int32", "uint32", "float32", ErrorMessage = "Type must be one of: int16, uint16, int32, uint32, float32.")]
    public string Type { get; set; } = "uint16";

    /// <summary>For 32-bit types: <c>high_word_first</c> (ABCD) or <c>low_word_first</c> (CDAB).</summary>
    [AllowedValues("high_word_first", "low_word_first", ErrorMessage = "WordOrder must be one of: high_word_first, low_word_first.")]
    public string WordOrder { get; set; } = "high_word_first";

    public double Scale { get; set; } = 1.0;

    public double Offset { get; set; }

    /// <summary>Documentation only (the unit is part of the field name).</summary>
    public string? Unit { get; set; }

    /// <summary>How often this register is read; <see cref="ModbusOptions.PollInterval"/> when absent.</summary>
    [DurationRange("00:00:00.010", "01:00:00")]
    public TimeSpan? PollInterval { get; set; }
}
