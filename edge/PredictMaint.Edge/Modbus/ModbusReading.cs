namespace PredictMaint.Edge.Modbus;

/// <summary>The latest poll of one register: a value, or why there is none (never both).</summary>
public readonly record struct ModbusReading(double? Value, string? Error, DateTimeOffset? At);
