using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Modbus;
using PredictMaint.Platform.Modbus.Native;

namespace PredictMaint.FirmwareSim.Modbus;

/// <summary>
/// One simulated device's register memory, written by the simulation and read by Modbus clients.
/// Every access goes through <see cref="Lock"/> so a reply never sees a half-written reading.
/// </summary>
internal sealed class DeviceRegisters : IDisposable
{
    private readonly RegisterMap _map;
    private readonly double[] _waveform;
    private uint _sequence;

    public DeviceRegisters(RegisterMap map)
    {
        _map = map;
        Mapping = new ModbusMapping(map.TableSize(RegisterTable.Holding), map.TableSize(RegisterTable.Input));
        _waveform = new double[map.Waveform?.Length ?? 0];
    }

    public Lock Lock { get; } = new();

    public ModbusMapping Mapping { get; }

    public void Update(TelemetrySample sample, double filteredLitres, Random random)
    {
        if (_map.Waveform is { } block)
        {
            var running = sample.PumpRunning == 1;
            VibrationWaveform.Fill(_waveform, block.SampleRateHz, sample.VibrationRmsMillimetresPerSecond ?? 0.0, running ? sample.VibrationKurtosis ?? 3.0 : 3.0, random);
        }

        lock (Lock)
        {
            _sequence++;
            foreach (var register in _map.Registers)
            {
                var table = register.Table == RegisterTable.Holding ? Mapping.HoldingRegisters : Mapping.InputRegisters;
                register.Encode(Value(register.Name, sample, filteredLitres), table);
            }

            if (_map.Waveform is { } waveform)
            {
                var table = waveform.Table == RegisterTable.Holding ? Mapping.HoldingRegisters : Mapping.InputRegisters;
                var samples = table.Slice(waveform.Address, waveform.Length);
                for (var n = 0; n < samples.Length; n++)
                {
                    samples[n] = (ushort)(short)Math.Clamp(Math.Round(_waveform[n] / waveform.Scale), short.MinValue + 1, short.MaxValue);
                }

                table[waveform.SequenceAddress] = (ushort)_sequence;
            }
        }
    }

    private double? Value(string name, TelemetrySample sample, double filteredLitres) => name switch
    {
        "timestamp_unix_s" => sample.Timestamp.ToUnixTimeSeconds(),
        "filtered_volume_l" => filteredLitres,
        "pressure_drop_kpa_f32" => sample.PressureDropKpa,
        "sequence" => _sequence,
        _ => TelemetryChannel.All.FirstOrDefault(c => c.FieldName == name)?.Read(sample),
    };

    public void Dispose() => Mapping.Dispose();
}
