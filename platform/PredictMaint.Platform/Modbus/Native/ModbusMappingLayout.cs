using System.Runtime.InteropServices;

namespace PredictMaint.Platform.Modbus.Native;

/// <summary><c>modbus_mapping_t</c> of libmodbus 3.1 (64 bytes on x64: eight ints, four pointers).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ModbusMappingLayout
{
    public int BitCount;
    public int BitStart;
    public int InputBitCount;
    public int InputBitStart;
    public int InputRegisterCount;
    public int InputRegisterStart;
    public int RegisterCount;
    public int RegisterStart;
    public byte* Bits;
    public byte* InputBits;
    public ushort* InputRegisters;
    public ushort* Registers;
}
