using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Modbus;

namespace PredictMaint.FirmwareSim.Modbus;

/// <summary>
/// A fleet whose devices expose their latest reading in Modbus registers: each <see cref="Step"/>
/// takes one sample per device and writes it (and a fresh waveform) into its registers.
/// </summary>
internal sealed class ModbusFleet : IDisposable
{
    private readonly FleetOptions _options;
    private readonly SimulatedPurifier[] _devices;
    private readonly Random[] _waveformRandom;
    private int _step;

    public ModbusFleet(FleetOptions options, RegisterMap map)
    {
        _options = options;
        _devices = FleetPlan.Create(options).Select(s => new SimulatedPurifier(s)).ToArray();
        _waveformRandom = _devices.Select(d => new Random(d.Spec.Seed ^ 0x3c6ef372)).ToArray();
        Registers = _devices.Select(_ => new DeviceRegisters(map)).ToArray();
        LastSamples = new TelemetrySample[_devices.Length];
    }

    public IReadOnlyList<DeviceRegisters> Registers { get; }

    /// <summary>The reading each device's registers currently hold (index = unit id − 1).</summary>
    public TelemetrySample[] LastSamples { get; }

    public IReadOnlyList<SimulatedPurifier> Devices => _devices;

    public DateTimeOffset SimulatedTime => _options.Start + (_options.SampleInterval * _step);

    public bool Finished => SimulatedTime >= _options.End;

    public void Step()
    {
        var time = SimulatedTime;
        for (var i = 0; i < _devices.Length; i++)
        {
            LastSamples[i] = _devices[i].Sample(time, _options.SampleInterval);
            _devices[i].History.TakeEvents();
            Registers[i].Update(LastSamples[i], _devices[i].FilteredLitres, _waveformRandom[i]);
        }

        _step++;
    }

    public void Dispose()
    {
        foreach (var registers in Registers)
        {
            registers.Dispose();
        }
    }
}
