using PredictMaint.Edge.Modbus;
using PredictMaint.Platform.Modbus;

namespace PredictMaint.Edge.Tests.Modbus;

public sealed class ModbusReadPlannerTests
{
    [Fact]
    public void Plan_NeighboursWithinGap_OneBlockSpanningTheHole()
    {
        var blocks = ModbusReadPlanner.Plan([Word("a", 0), Word("b", 1), Word("c", 5, RegisterValueType.Signed32)], maxGap: 3);

        var block = Assert.Single(blocks);
        Assert.Equal((0, 7), (block.Start, block.Count));
        Assert.Equal(["a", "b", "c"], block.Registers.Select(r => r.Name));
    }

    [Fact]
    public void Plan_HoleWiderThanGapOrOtherKind_SeparateBlocks()
    {
        var blocks = ModbusReadPlanner.Plan(
            [Word("a", 0), Word("b", 20), Word("c", 0, kind: ModbusRegisterKind.Input), Word("d", 3, kind: ModbusRegisterKind.Coil), Word("e", 4, kind: ModbusRegisterKind.Coil)],
            maxGap: 8);

        Assert.Equal(
            [(ModbusRegisterKind.Holding, 0, 1), (ModbusRegisterKind.Holding, 20, 1), (ModbusRegisterKind.Input, 0, 1), (ModbusRegisterKind.Coil, 3, 2)],
            blocks.Select(b => (b.Kind, b.Start, b.Count)));
    }

    [Fact]
    public void Plan_MoreRegistersThanOneRequestReads_SplitsAt125()
    {
        var registers = Enumerable.Range(0, 130).Select(i => Word($"r{i}", i)).ToList();

        var blocks = ModbusReadPlanner.Plan(registers, maxGap: 0);

        Assert.Equal([(0, 125), (125, 5)], blocks.Select(b => (b.Start, b.Count)));
    }

    [Fact]
    public void Plan_ThirtyTwoBitValueAtTheLimit_NotCutInHalf()
    {
        var registers = Enumerable.Range(0, 124).Select(i => Word($"r{i}", i)).Append(Word("wide", 124, RegisterValueType.Single32)).ToList();

        var blocks = ModbusReadPlanner.Plan(registers, maxGap: 0);

        Assert.Equal([(0, 124), (124, 2)], blocks.Select(b => (b.Start, b.Count)));
    }

    internal static ModbusRegister Word(string name, int address, RegisterValueType type = RegisterValueType.Unsigned16, ModbusRegisterKind kind = ModbusRegisterKind.Holding) =>
        new(name, kind, address, type, WordOrder.HighWordFirst, 1, 0, TimeSpan.FromSeconds(1));
}
