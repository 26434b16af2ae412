namespace PredictMaint.Edge.Modbus;

/// <summary>One read request: <see cref="Count"/> addresses of one kind from <see cref="Start"/>, covering <see cref="Registers"/>.</summary>
public sealed record ModbusBlock(ModbusRegisterKind Kind, int Start, int Count, IReadOnlyList<ModbusRegister> Registers);
