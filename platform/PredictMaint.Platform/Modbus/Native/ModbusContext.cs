namespace PredictMaint.Platform.Modbus.Native;

/// <summary>
/// One libmodbus TCP context (<c>modbus_t</c>): a client connection, a listening socket, or one
/// accepted server connection. Not thread-safe (libmodbus contexts are not): one per thread.
/// </summary>
public sealed unsafe class ModbusContext : IDisposable
{
    /// <summary>Largest Modbus TCP frame (MODBUS_TCP_MAX_ADU_LENGTH).</summary>
    public const int MaxFrameBytes = 260;

    /// <summary>Registers one read may ask for (MODBUS_MAX_READ_REGISTERS).</summary>
    public const int MaxReadRegisters = 125;

    private nint _handle;

    private ModbusContext(nint handle) => _handle = handle;

    private nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(ModbusContext));

    public static ModbusContext CreateTcp(string host, int port)
    {
        var handle = LibModbusNative.NewTcp(host, port);
        return handle == 0 ? throw ModbusException.FromLastError("modbus_new_tcp") : new ModbusContext(handle);
    }

    /// <summary>Bits one read may ask for (MODBUS_MAX_READ_BITS).</summary>
    public const int MaxReadBits = 2000;

    /// <summary>A Modbus RTU (serial, e.g. RS-485) client context; nothing is opened until <see cref="Connect"/>.</summary>
    /// <param name="parity">'N', 'E' or 'O'.</param>
    public static ModbusContext CreateRtu(string device, int baudRate, char parity, int dataBits, int stopBits)
    {
        var handle = LibModbusNative.NewRtu(device, baudRate, (byte)parity, dataBits, stopBits);
        return handle == 0 ? throw ModbusException.FromLastError("modbus_new_rtu") : new ModbusContext(handle);
    }

    /// <summary>Switches an RTU context to RS-485 mode (the serial driver must support it).</summary>
    public void UseRs485() => Check(LibModbusNative.RtuSetSerialMode(Handle, 1), "modbus_rtu_set_serial_mode");

    public void Connect() => Check(LibModbusNative.Connect(Handle), "modbus_connect");

    public void SetUnitId(int unitId) => Check(LibModbusNative.SetSlave(Handle, unitId), "modbus_set_slave");

    public void SetResponseTimeout(TimeSpan timeout) =>
        Check(LibModbusNative.SetResponseTimeout(Handle, (uint)timeout.TotalSeconds, (uint)(timeout.Ticks % TimeSpan.TicksPerSecond / 10)), "modbus_set_response_timeout");

    public void ReadHoldingRegisters(int address, Span<ushort> destination)
    {
        fixed (ushort* p = destination)
        {
            Check(LibModbusNative.ReadRegisters(Handle, address, destination.Length, p), "modbus_read_registers");
        }
    }

    public void ReadInputRegisters(int address, Span<ushort> destination)
    {
        fixed (ushort* p = destination)
        {
            Check(LibModbusNative.ReadInputRegisters(Handle, address, destination.Length, p), "modbus_read_input_registers");
        }
    }

    /// <summary>Reads coils (function 1): one byte, 0 or 1, per coil.</summary>
    public void ReadCoils(int address, Span<byte> destination)
    {
        fixed (byte* p = destination)
        {
            Check(LibModbusNative.ReadBits(Handle, address, destination.Length, p), "modbus_read_bits");
        }
    }

    /// <summary>Reads discrete inputs (function 2): one byte, 0 or 1, per input.</summary>
    public void ReadDiscreteInputs(int address, Span<byte> destination)
    {
        fixed (byte* p = destination)
        {
            Check(LibModbusNative.ReadInputBits(Handle, address, destination.Length, p), "modbus_read_input_bits");
        }
    }

    /// <summary>Closes the connection but keeps the context, so <see cref="Connect"/> can open it again.</summary>
    public void Close() => LibModbusNative.Close(Handle);

    public void WriteRegister(int address, ushort value) => Check(LibModbusNative.WriteRegister(Handle, address, value), "modbus_write_register");

    /// <summary>Binds and listens on the context's address; returns the listening socket.</summary>
    public int Listen(int backlog) => Check(LibModbusNative.TcpListen(Handle, backlog), "modbus_tcp_listen");

    /// <summary>Blocks until a client connects; returns its socket (hand it to a context of its own).</summary>
    public int Accept(int listenSocket) => Check(LibModbusNative.TcpAccept(Handle, ref listenSocket), "modbus_tcp_accept");

    public void UseSocket(int socket) => Check(LibModbusNative.SetSocket(Handle, socket), "modbus_set_socket");

    /// <summary>Waits for one request: its length, 0 for one to ignore, -1 when the connection closed or failed.</summary>
    public int Receive(Span<byte> request)
    {
        fixed (byte* p = request)
        {
            return LibModbusNative.Receive(Handle, p);
        }
    }

    /// <summary>Answers a request from <paramref name="mapping"/> (libmodbus sends exception responses for bad addresses or functions).</summary>
    public int Reply(ReadOnlySpan<byte> request, ModbusMapping mapping)
    {
        fixed (byte* p = request)
        {
            return LibModbusNative.Reply(Handle, p, request.Length, mapping.Handle);
        }
    }

    public int ReplyException(ReadOnlySpan<byte> request, byte exceptionCode)
    {
        fixed (byte* p = request)
        {
            return LibModbusNative.ReplyException(Handle, p, exceptionCode);
        }
    }

    /// <summary>Wakes threads blocked on <paramref name="socket"/> (accept or receive) by shutting it down.</summary>
    public static void ShutdownSocket(int socket) => _ = LibModbusNative.Shutdown(socket, 2);

    public static void CloseSocket(int socket) => _ = LibModbusNative.CloseSocket(socket);

    public void Dispose()
    {
        if (_handle != 0)
        {
            LibModbusNative.Close(_handle);
            LibModbusNative.Free(_handle);
            _handle = 0;
        }
    }

    private static int Check(int result, string operation) => result < 0 ? throw ModbusException.FromLastError(operation) : result;
}
