namespace PredictMaint.Edge.Modbus;

/// <summary>
/// The Modbus link the poller talks through: libmodbus over TCP or RTU in the agent
/// (<see cref="LibModbusTransport"/>). Calls block and throw
/// <see cref="PredictMaint.Platform.Modbus.Native.ModbusException"/> on failure; not thread-safe.
/// </summary>
public interface IModbusTransport : IDisposable
{
    /// <summary>Describes the peer for logs and errors, e.g. <c>tcp 127.0.0.1:502 unit 1</c>.</summary>
    string Description { get; }

    void Connect();

    void Close();

    void ReadWords(ModbusRegisterKind kind, int address, Span<ushort> destination);

    void ReadBits(ModbusRegisterKind kind, int address, Span<byte> destination);
}
