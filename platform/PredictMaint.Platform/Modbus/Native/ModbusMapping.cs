namespace PredictMaint.Platform.Modbus.Native;

/// <summary>
/// A libmodbus register mapping (<c>modbus_mapping_new</c>): the memory a server answers from.
/// Spans point into native memory; guard concurrent access with a lock around updates and replies.
/// </summary>
public sealed unsafe class ModbusMapping : IDisposable
{
    private nint _handle;

    public ModbusMapping(int holdingRegisters, int inputRegisters)
    {
        _handle = LibModbusNative.MappingNew(0, 0, holdingRegisters, inputRegisters);
        if (_handle == 0)
        {
            throw ModbusException.FromLastError("modbus_mapping_new");
        }
    }

    internal nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(ModbusMapping));

    private ModbusMappingLayout* Layout => (ModbusMappingLayout*)Handle;

    public Span<ushort> HoldingRegisters => new(Layout->Registers, Layout->RegisterCount);

    public Span<ushort> InputRegisters => new(Layout->InputRegisters, Layout->InputRegisterCount);

    public void Dispose()
    {
        if (_handle != 0)
        {
            LibModbusNative.MappingFree(_handle);
            _handle = 0;
        }
    }
}
