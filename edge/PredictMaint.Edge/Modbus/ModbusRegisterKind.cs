namespace PredictMaint.Edge.Modbus;

/// <summary>The four Modbus data tables, each read by its own function code.</summary>
public enum ModbusRegisterKind
{
    /// <summary>16-bit read/write registers, function 3.</summary>
    Holding,

    /// <summary>16-bit read-only registers, function 4.</summary>
    Input,

    /// <summary>Read/write bits, function 1.</summary>
    Coil,

    /// <summary>Read-only bits, function 2.</summary>
    Discrete,
}
