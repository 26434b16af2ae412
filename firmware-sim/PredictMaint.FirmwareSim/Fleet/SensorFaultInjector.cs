using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>Applies a device's planned sensor faults to its readings, remembering what stuck sensors froze at.</summary>
internal sealed class SensorFaultInjector
{
    private readonly IReadOnlyList<SensorFault> _faults;
    private readonly Dictionary<SensorFault, double> _stuckAt = [];

    public SensorFaultInjector(IReadOnlyList<SensorFault> faults) => _faults = faults;

    /// <summary>What the sensor on <paramref name="channel"/> reports when the truth is <paramref name="value"/>.</summary>
    public double? Read(string channel, double value, DateTimeOffset time, Random random)
    {
        double? reading = value;
        foreach (var fault in _faults)
        {
            if (reading is null || fault.Channel != channel || !fault.IsActive(time))
            {
                continue;
            }

            if (!_stuckAt.TryGetValue(fault, out var stuck))
            {
                stuck = reading.Value;
                _stuckAt[fault] = stuck;
            }

            reading = fault.Apply(reading.Value, time, stuck, random);
        }

        return reading;
    }
}
