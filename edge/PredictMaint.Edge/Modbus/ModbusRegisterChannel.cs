using PredictMaint.Edge.Sampling;

namespace PredictMaint.Edge.Modbus;

/// <summary>A register's latest polled value as a sensor channel; a failed poll is a failed read (health, not a reading).</summary>
public sealed class ModbusRegisterChannel(ModbusPoller poller, int index) : ISensorChannel
{
    public string FieldName => poller.Registers[index].Name;

    public bool TryRead(out double value)
    {
        var reading = poller.Reading(index);
        value = reading.Value ?? 0;
        return reading.Value.HasValue;
    }
}
