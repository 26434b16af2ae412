using PredictMaint.Edge.Modbus;
using PredictMaint.Platform.Modbus;

namespace PredictMaint.Edge.Tests.Modbus;

public sealed class ModbusRegisterTests
{
    [Theory]
    [InlineData(WordOrder.HighWordFirst, 0xFFFE, 0x1DC0)] // -123456 = 0xFFFE1DC0
    [InlineData(WordOrder.LowWordFirst, 0x1DC0, 0xFFFE)]
    public void Decode_Int32InEitherWordOrder_ScaledPlusOffset(WordOrder order, int first, int second)
    {
        var register = new ModbusRegister("water_temp_c", ModbusRegisterKind.Holding, 7, RegisterValueType.Signed32, order, 0.001, 10, TimeSpan.FromSeconds(1));

        var value = register.Decode([(ushort)first, (ushort)second]);

        Assert.Equal((-123.456) + 10, value!.Value, 1e-9);
        Assert.Equal(2, register.Count);
    }

    [Fact]
    public void Decode_Float32_IeeeSingle()
    {
        var bits = BitConverter.SingleToUInt32Bits(31.25f);
        var register = new ModbusRegister("pressure_drop_kpa", ModbusRegisterKind.Input, 0, RegisterValueType.Single32, WordOrder.LowWordFirst, 1, 0, TimeSpan.FromSeconds(1));

        Assert.Equal(31.25, register.Decode([(ushort)bits, (ushort)(bits >> 16)]));
    }

    [Fact]
    public void Decode_MissingReadingSentinel_Null()
    {
        var register = new ModbusRegister("flow_lpm", ModbusRegisterKind.Holding, 0, RegisterValueType.Unsigned16, WordOrder.HighWordFirst, 0.001, 5, TimeSpan.FromSeconds(1));

        Assert.Null(register.Decode([0xFFFF]));
    }

    [Fact]
    public void DecodeBit_Coil_ZeroOrScalePlusOffset()
    {
        var register = new ModbusRegister("leak_detected", ModbusRegisterKind.Discrete, 3, RegisterValueType.Unsigned16, WordOrder.HighWordFirst, 1, 0, TimeSpan.FromSeconds(1));

        Assert.Equal((0.0, 1.0), (register.DecodeBit(0), register.DecodeBit(1)));
        Assert.True(register.IsBit);
    }
}
