using System.Globalization;
using PredictMaint.Platform.Modbus.Native;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// libmodbus through the platform's <see cref="ModbusContext"/>. TCP and RTU differ only in how the
/// context is created; connecting, timeouts and reads are the same code for both.
/// </summary>
public sealed class LibModbusTransport : IModbusTransport
{
    private readonly ModbusContext _context;
    private bool _connected;

    public LibModbusTransport(ModbusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Transport == ModbusTransport.Rtu)
        {
            _context = ModbusContext.CreateRtu(options.SerialDevice, options.BaudRate, options.Parity[0], options.DataBits, options.StopBits);
            Description = string.Create(CultureInfo.InvariantCulture,
                $"rtu {options.SerialDevice} {options.BaudRate} {options.DataBits}{options.Parity}{options.StopBits} unit {options.UnitId}");
        }
        else
        {
            _context = ModbusContext.CreateTcp(options.Host, options.Port);
            Description = string.Create(CultureInfo.InvariantCulture, $"tcp {options.Host}:{options.Port} unit {options.UnitId}");
        }

        _context.SetUnitId(options.UnitId);
        _context.SetResponseTimeout(options.ResponseTimeout);
        Rs485 = options.Transport == ModbusTransport.Rtu && options.Rs485Mode;
    }

    public string Description { get; }

    private bool Rs485 { get; }

    public void Connect()
    {
        Close();
        _context.Connect();
        _connected = true;
        if (Rs485)
        {
            _context.UseRs485();
        }
    }

    public void Close()
    {
        if (_connected)
        {
            _context.Close();
            _connected = false;
        }
    }

    public void ReadWords(ModbusRegisterKind kind, int address, Span<ushort> destination)
    {
        if (kind == ModbusRegisterKind.Input)
        {
            _context.ReadInputRegisters(address, destination);
        }
        else
        {
            _context.ReadHoldingRegisters(address, destination);
        }
    }

    public void ReadBits(ModbusRegisterKind kind, int address, Span<byte> destination)
    {
        if (kind == ModbusRegisterKind.Discrete)
        {
            _context.ReadDiscreteInputs(address, destination);
        }
        else
        {
            _context.ReadCoils(address, destination);
        }
    }

    public void Dispose() => _context.Dispose();
}
