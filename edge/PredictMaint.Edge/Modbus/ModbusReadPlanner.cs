using PredictMaint.Platform.Modbus.Native;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// Groups registers into as few read requests as possible: per kind, in address order, a register
/// joins the current block when the hole before it is at most <c>maxGap</c> addresses and the block
/// stays within one request's limit (125 registers, 2000 bits).
/// </summary>
public static class ModbusReadPlanner
{
    public static IReadOnlyList<ModbusBlock> Plan(IEnumerable<ModbusRegister> registers, int maxGap)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var blocks = new List<ModbusBlock>();
        List<ModbusRegister>? current = null;
        int start = 0, end = 0;
        foreach (var register in registers.OrderBy(r => r.Kind).ThenBy(r => r.Address))
        {
            var limit = register.IsBit ? ModbusContext.MaxReadBits : ModbusContext.MaxReadRegisters;
            var joins = current is not null && current[0].Kind == register.Kind
                && register.Address - end <= maxGap && Math.Max(end, register.End) - start <= limit;
            if (!joins)
            {
                Close();
                (current, start, end) = ([], register.Address, register.End);
            }

            current!.Add(register);
            end = Math.Max(end, register.End);
        }

        Close();
        return blocks;

        void Close()
        {
            if (current is { Count: > 0 })
            {
                blocks.Add(new ModbusBlock(current[0].Kind, start, end - start, current));
            }
        }
    }
}
