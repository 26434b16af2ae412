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

    /// <summary>libmodbus's error base (MODBUS_ENOBASE); codes 1..11 above it are exception responses of the device.</summary>
    private const int ModbusErrorBase = 112345678;

    /// <summary>The errno of the failed call (a system error, or MODBUS_ENOBASE + n for Modbus errors).</summary>
    public int ErrorNumber { get; private init; }

    /// <summary>
    /// True when the device answered with a Modbus exception (illegal address, device busy…): the
    /// link works, the request was refused. False for timeouts, resets and CRC errors.
    /// </summary>
    public bool IsExceptionResponse => ErrorNumber is > ModbusErrorBase and <= ModbusErrorBase + 11;

    internal static ModbusException FromLastError(string operation)
    {
        var errorNumber = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
        return new($"{operation}: {LibModbusNative.LastError()}") { ErrorNumber = errorNumber };
    }
}
