using System.Runtime.InteropServices;

namespace PredictMaint.Platform.Modbus.Native;

/// <summary>
/// The libmodbus 3.1 C API (Debian <c>libmodbus5</c>), as used by <see cref="ModbusContext"/>.
/// Every call sets errno on failure; read it with <see cref="Marshal.GetLastPInvokeError"/>.
/// </summary>
internal static partial class LibModbusNative
{
    private const string Library = "libmodbus.so.5";

    [LibraryImport(Library, EntryPoint = "modbus_new_tcp", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint NewTcp(string? ip, int port);

    /// <summary>A serial (RTU) context; <paramref name="parity"/> is 'N', 'E' or 'O' (a C char).</summary>
    [LibraryImport(Library, EntryPoint = "modbus_new_rtu", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint NewRtu(string device, int baud, byte parity, int dataBits, int stopBits);

    /// <summary>MODBUS_RTU_RS232 = 0, MODBUS_RTU_RS485 = 1 (needs a driver with kernel RS-485 support).</summary>
    [LibraryImport(Library, EntryPoint = "modbus_rtu_set_serial_mode", SetLastError = true)]
    internal static partial int RtuSetSerialMode(nint ctx, int mode);

    [LibraryImport(Library, EntryPoint = "modbus_free")]
    internal static partial void Free(nint ctx);

    [LibraryImport(Library, EntryPoint = "modbus_close")]
    internal static partial void Close(nint ctx);

    [LibraryImport(Library, EntryPoint = "modbus_connect", SetLastError = true)]
    internal static partial int Connect(nint ctx);

    [LibraryImport(Library, EntryPoint = "modbus_set_slave", SetLastError = true)]
    internal static partial int SetSlave(nint ctx, int slave);

    [LibraryImport(Library, EntryPoint = "modbus_set_response_timeout", SetLastError = true)]
    internal static partial int SetResponseTimeout(nint ctx, uint seconds, uint microseconds);

    [LibraryImport(Library, EntryPoint = "modbus_read_registers", SetLastError = true)]
    internal static unsafe partial int ReadRegisters(nint ctx, int address, int count, ushort* destination);

    [LibraryImport(Library, EntryPoint = "modbus_read_input_registers", SetLastError = true)]
    internal static unsafe partial int ReadInputRegisters(nint ctx, int address, int count, ushort* destination);

    /// <summary>Coils (function 1), one byte per bit.</summary>
    [LibraryImport(Library, EntryPoint = "modbus_read_bits", SetLastError = true)]
    internal static unsafe partial int ReadBits(nint ctx, int address, int count, byte* destination);

    /// <summary>Discrete inputs (function 2), one byte per bit.</summary>
    [LibraryImport(Library, EntryPoint = "modbus_read_input_bits", SetLastError = true)]
    internal static unsafe partial int ReadInputBits(nint ctx, int address, int count, byte* destination);

    [LibraryImport(Library, EntryPoint = "modbus_write_register", SetLastError = true)]
    internal static partial int WriteRegister(nint ctx, int address, ushort value);

    [LibraryImport(Library, EntryPoint = "modbus_tcp_listen", SetLastError = true)]
    internal static partial int TcpListen(nint ctx, int backlog);

    /// <summary>Returns the accepted client socket (and makes it the context's socket).</summary>
    [LibraryImport(Library, EntryPoint = "modbus_tcp_accept", SetLastError = true)]
    internal static partial int TcpAccept(nint ctx, ref int listenSocket);

    [LibraryImport(Library, EntryPoint = "modbus_set_socket", SetLastError = true)]
    internal static partial int SetSocket(nint ctx, int socket);

    /// <summary>Blocks for one request; its length, 0 for a request to ignore, -1 on error or a closed connection.</summary>
    [LibraryImport(Library, EntryPoint = "modbus_receive", SetLastError = true)]
    internal static unsafe partial int Receive(nint ctx, byte* request);

    [LibraryImport(Library, EntryPoint = "modbus_reply", SetLastError = true)]
    internal static unsafe partial int Reply(nint ctx, byte* request, int requestLength, nint mapping);

    [LibraryImport(Library, EntryPoint = "modbus_reply_exception", SetLastError = true)]
    internal static unsafe partial int ReplyException(nint ctx, byte* request, uint exceptionCode);

    [LibraryImport(Library, EntryPoint = "modbus_mapping_new", SetLastError = true)]
    internal static partial nint MappingNew(int bits, int inputBits, int registers, int inputRegisters);

    [LibraryImport(Library, EntryPoint = "modbus_mapping_free")]
    internal static partial void MappingFree(nint mapping);

    [LibraryImport(Library, EntryPoint = "modbus_strerror")]
    internal static partial nint StrError(int errorNumber);

    /// <summary>libc <c>shutdown(2)</c>: wakes a thread blocked in accept or receive on the socket.</summary>
    [LibraryImport("libc", EntryPoint = "shutdown", SetLastError = true)]
    internal static partial int Shutdown(int socket, int how);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    internal static partial int CloseSocket(int socket);

    internal static string LastError()
    {
        var errno = Marshal.GetLastPInvokeError();
        return Marshal.PtrToStringUTF8(StrError(errno)) ?? $"errno {errno}";
    }
}
