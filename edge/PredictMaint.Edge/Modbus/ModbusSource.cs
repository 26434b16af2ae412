using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PredictMaint.Edge.Sampling;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// The <c>modbus</c> sample source: when <c>Sampling:Source</c> selects it, one
/// <see cref="ModbusPoller"/> over libmodbus and a channel per register. Nothing is created (and
/// libmodbus is not loaded) for other sources.
/// </summary>
public sealed class ModbusSource : IDisposable
{
    public const string Name = "modbus";
    private readonly Lazy<ModbusPoller> _poller;

    public ModbusSource(IOptions<SamplingOptions> sampling, IOptions<ModbusOptions> options, TimeProvider timeProvider, ILogger<ModbusPoller> logger)
    {
        ArgumentNullException.ThrowIfNull(sampling);
        ArgumentNullException.ThrowIfNull(options);
        Enabled = sampling.Value.Source == Name;
        _poller = new(() => new ModbusPoller(
            new LibModbusTransport(options.Value), ModbusRegisterMap.Resolve(options.Value, AppContext.BaseDirectory), options.Value, timeProvider, logger,
            ModbusRegisterMap.ResolveWaveform(options.Value, AppContext.BaseDirectory) is { } block ? new ModbusWaveformReader(block) : null));
    }

    public bool Enabled { get; }

    public ModbusPoller Poller => Enabled ? _poller.Value : throw new InvalidOperationException("Sampling:Source is not modbus.");

    /// <summary>
    /// A channel per register; with a waveform block, the vibration features computed from it
    /// replace the board's own vibration registers.
    /// </summary>
    public IReadOnlyList<ISensorChannel> CreateChannels()
    {
        List<ISensorChannel> registers = [.. Poller.Registers.Select((_, i) => new ModbusRegisterChannel(Poller, i))];
        if (Poller.Waveform is not { } waveform)
        {
            return registers;
        }

        var features = new VibrationVelocityChannel(waveform).WithFeatureChannels();
        return [.. registers.Where(r => features.All(f => f.FieldName != r.FieldName)), .. features];
    }

    public void Dispose()
    {
        if (_poller.IsValueCreated)
        {
            _poller.Value.Dispose();
        }
    }
}
