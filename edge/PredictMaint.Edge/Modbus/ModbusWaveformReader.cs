using PredictMaint.Edge.Features;
using PredictMaint.Platform.Modbus;
using PredictMaint.Platform.Modbus.Native;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// Reads a board's waveform block (the shared map's <c>waveform</c>: signed 16-bit samples ×
/// scale, and a sequence register that changes with every capture). Each poll reads the sequence
/// register; only when it changed is the block read, in chunks of at most 125 registers, and the
/// sequence read again: a capture that changed underneath is dropped and read at the next tick, so
/// a window is never half old, half new. It is the agent's <see cref="IVibrationWaveformSource"/>
/// for the Modbus source: the features are computed on the edge from the board's raw capture.
/// </summary>
public sealed class ModbusWaveformReader : IVibrationWaveformSource
{
    /// <summary>The key of the waveform's read error in the status' <c>sensor_errors</c>.</summary>
    public const string ErrorKey = "vibration_waveform";

    private readonly WaveformBlock _block;
    private readonly ModbusRegisterKind _kind;
    private readonly ushort[] _raw;
    private readonly double[] _latest;
    private readonly ushort[] _sequence = new ushort[1];
    private readonly Lock _lock = new();
    private ushort? _lastSequence;
    private long _capture;
    private bool _valid;

    public ModbusWaveformReader(WaveformBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _block = block;
        _kind = block.Table == RegisterTable.Holding ? ModbusRegisterKind.Holding : ModbusRegisterKind.Input;
        Quantity = QuantityOf(block.Unit) ?? throw new ArgumentException($"Waveform unit '{block.Unit}' is neither mm/s nor m/s².", nameof(block));
        _raw = new ushort[block.Length];
        _latest = new double[block.Length];
        Error = "not read yet";
    }

    public int WindowLength => _block.Length;

    public double SampleRateHz => _block.SampleRateHz;

    public WaveformQuantity Quantity { get; }

    /// <summary>Why the latest poll has no capture; null while captures are current.</summary>
    public string? Error { get; private set; }

    /// <summary>Requests sent (sequence reads and chunks).</summary>
    public long Requests { get; private set; }

    public static WaveformQuantity? QuantityOf(string unit) => unit switch
    {
        "mm/s" => WaveformQuantity.Velocity,
        "m/s2" or "m/s²" => WaveformQuantity.Acceleration,
        _ => null,
    };

    /// <summary>One poll; returns the failure when the link failed (the caller reconnects), null otherwise.</summary>
    public ModbusException? Poll(IModbusTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        try
        {
            var before = ReadSequence(transport);
            if (before == _lastSequence && _valid)
            {
                return null;
            }

            for (var offset = 0; offset < _raw.Length; offset += ModbusContext.MaxReadRegisters)
            {
                Requests++;
                transport.ReadWords(_kind, _block.Address + offset, _raw.AsSpan(offset, Math.Min(ModbusContext.MaxReadRegisters, _raw.Length - offset)));
            }

            if (ReadSequence(transport) == before)
            {
                Store(before);
            }

            return null;
        }
        catch (ModbusException ex) when (ex.IsExceptionResponse)
        {
            Failed($"the board refused the waveform block: {ex.Message}");
            return null;
        }
        catch (ModbusException ex)
        {
            return ex;
        }
    }

    /// <summary>The link is down: no current capture.</summary>
    public void Failed(string error)
    {
        lock (_lock)
        {
            (_valid, Error) = (false, error);
        }
    }

    public bool TryReadLatest(long knownCapture, Span<double> window, out long capture)
    {
        lock (_lock)
        {
            capture = _capture;
            if (_valid && capture != knownCapture)
            {
                _latest.CopyTo(window);
            }

            return _valid;
        }
    }

    private ushort ReadSequence(IModbusTransport transport)
    {
        Requests++;
        transport.ReadWords(_kind, _block.SequenceAddress, _sequence);
        return _sequence[0];
    }

    private void Store(ushort sequence)
    {
        lock (_lock)
        {
            for (var i = 0; i < _raw.Length; i++)
            {
                _latest[i] = (short)_raw[i] * _block.Scale;
            }

            (_lastSequence, _valid, Error) = (sequence, true, null);
            _capture++;
        }
    }
}
