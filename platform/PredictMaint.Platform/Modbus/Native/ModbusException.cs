namespace PredictMaint.Platform.Modbus.Native;

/// <summary>A libmodbus call failed; the message is libmodbus's own (<c>modbus_strerror</c>).</summary>
public sealed class ModbusException : Exception
{
    public ModbusException()
    {
    }

    public ModbusException(string message)
        : base(message)
    {
    }

    public ModbusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static ModbusException FromLastError(string operation) => new($"{operation}: {LibModbusNative.LastError()}");
}
