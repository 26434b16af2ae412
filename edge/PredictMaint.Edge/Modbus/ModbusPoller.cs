using Microsoft.Extensions.Logging;
using PredictMaint.Platform.Modbus.Native;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// Polls registers through an <see cref="IModbusTransport"/>: each <see cref="PollDue"/> reads the
/// registers whose interval has come, in as few block requests as possible. A request the link
/// fails (timeout, reset, CRC) is retried, then the link is closed and reopened after a capped,
/// doubling delay — this is what recovers a slave that restarted or a cable that was pulled back
/// in. A request the device refuses (exception response) is split into single-register reads so
/// one bad address only fails its own register. Failures become per-register errors, never values.
/// </summary>
public sealed class ModbusPoller : IDisposable
{
    private readonly IModbusTransport _transport;
    private readonly ModbusOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ModbusReading[] _readings;
    private readonly DateTimeOffset[] _nextDue;
    private readonly Dictionary<ModbusRegister, int> _index;
    private readonly ushort[] _words = new ushort[ModbusContext.MaxReadRegisters];
    private readonly byte[] _bits = new byte[ModbusContext.MaxReadBits];
    private readonly Lock _lock = new();
    private bool _connected;
    private int _connectFailures;
    private DateTimeOffset _nextConnect;
    private string _linkError = "not connected yet";

    public ModbusPoller(
        IModbusTransport transport, IReadOnlyList<ModbusRegister> registers, ModbusOptions options, TimeProvider timeProvider, ILogger<ModbusPoller> logger,
        ModbusWaveformReader? waveform = null)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentOutOfRangeException.ThrowIfZero(registers.Count, nameof(registers));
        (_transport, _options, _time, _logger) = (transport, options, timeProvider, logger);
        Registers = registers;
        Waveform = waveform;
        _readings = [.. registers.Select(_ => new ModbusReading(null, "not read yet", null))];
        _nextDue = new DateTimeOffset[registers.Count];
        _index = registers.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        TickInterval = registers.Min(r => r.PollInterval);
    }

    public IReadOnlyList<ModbusRegister> Registers { get; }

    /// <summary>The board's waveform block, read every tick after the registers; null when not configured.</summary>
    public ModbusWaveformReader? Waveform { get; }

    /// <summary>How often <see cref="PollDue"/> should run: the shortest poll interval.</summary>
    public TimeSpan TickInterval { get; }

    /// <summary>Block requests sent (retries and single-register fallbacks included); for tests and benches.</summary>
    public long Requests { get; private set; }

    /// <summary>Successful connects, the first included.</summary>
    public long Connects { get; private set; }

    public ModbusReading Reading(int index)
    {
        lock (_lock)
        {
            return _readings[index];
        }
    }

    /// <summary>Register name → error, for registers whose latest poll failed.</summary>
    public IReadOnlyDictionary<string, string> Errors()
    {
        lock (_lock)
        {
            var errors = Registers.Select((r, i) => (r.Name, _readings[i].Error)).Where(p => p.Error is not null).ToDictionary(p => p.Name, p => p.Error!);
            if (Waveform?.Error is { } waveformError)
            {
                errors[ModbusWaveformReader.ErrorKey] = waveformError;
            }

            return errors;
        }
    }

    /// <summary>Reads the registers that are due (blocking: up to response timeout × attempts per request).</summary>
    public void PollDue()
    {
        var now = _time.GetUtcNow();
        // Half a tick of slack: timer ticks jitter, and a register must not skip a whole interval for it.
        var due = Registers.Where((_, i) => _nextDue[i] - now <= TickInterval / 2).ToList();
        if (due.Count == 0 && Waveform is null)
        {
            return;
        }

        foreach (var register in due)
        {
            _nextDue[_index[register]] = now + register.PollInterval;
        }

        if (!EnsureConnected(now))
        {
            Fail(due, _linkError);
            Waveform?.Failed(_linkError);
            return;
        }

        var blocks = ModbusReadPlanner.Plan(due, _options.MaxGap);
        for (var b = 0; b < blocks.Count; b++)
        {
            var failure = Read(blocks[b]);
            if (failure is { IsExceptionResponse: true } && blocks[b].Registers.Count > 1)
            {
                failure = ReadOneByOne(blocks[b]);
            }
            else if (failure is { IsExceptionResponse: true })
            {
                Fail(blocks[b].Registers, failure.Message);
                failure = null;
            }

            if (failure is not null)
            {
                LinkFailed(now, failure);
                Fail(blocks.Skip(b).SelectMany(x => x.Registers), _linkError);
                Waveform?.Failed(_linkError);
                return;
            }
        }

        if (Waveform?.Poll(_transport) is { } waveformFailure)
        {
            LinkFailed(now, waveformFailure);
            Waveform.Failed(_linkError);
        }
    }

    /// <summary>Reads a refused block register by register; null unless the link failed meanwhile.</summary>
    private ModbusException? ReadOneByOne(ModbusBlock block)
    {
        foreach (var register in block.Registers)
        {
            var failure = Read(new ModbusBlock(register.Kind, register.Address, register.Count, [register]));
            if (failure is { IsExceptionResponse: true })
            {
                Fail([register], failure.Message);
            }
            else if (failure is not null)
            {
                return failure;
            }
        }

        return null;
    }

    /// <summary>Reads and decodes one block; null on success, else the last failure (exception responses are not retried).</summary>
    private ModbusException? Read(ModbusBlock block)
    {
        ModbusException? failure = null;
        for (var attempt = 0; attempt <= _options.Retries; attempt++)
        {
            try
            {
                Requests++;
                if (block.Registers[0].IsBit)
                {
                    _transport.ReadBits(block.Kind, block.Start, _bits.AsSpan(0, block.Count));
                }
                else
                {
                    _transport.ReadWords(block.Kind, block.Start, _words.AsSpan(0, block.Count));
                }

                Store(block);
                return null;
            }
            catch (ModbusException ex)
            {
                failure = ex;
                if (ex.IsExceptionResponse)
                {
                    break;
                }
            }
        }

        return failure;
    }

    private void Store(ModbusBlock block)
    {
        var at = _time.GetUtcNow();
        foreach (var register in block.Registers)
        {
            var offset = register.Address - block.Start;
            var value = register.IsBit ? register.DecodeBit(_bits[offset]) : register.Decode(_words.AsSpan(offset, register.Count));
            Set(register, value is { } v && double.IsFinite(v) ? new ModbusReading(v, null, at) : new ModbusReading(null, "no reading (the device reports the value as missing)", at));
        }
    }

    private bool EnsureConnected(DateTimeOffset now)
    {
        if (_connected)
        {
            return true;
        }

        if (now < _nextConnect)
        {
            return false;
        }

        try
        {
            _transport.Connect();
            (_connected, _connectFailures) = (true, 0);
            Connects++;
            ModbusLog.Connected(_logger, _transport.Description);
            return true;
        }
        catch (ModbusException ex)
        {
            LinkFailed(now, ex);
            return false;
        }
    }

    private void LinkFailed(DateTimeOffset now, ModbusException failure)
    {
        _transport.Close();
        _connected = false;
        _connectFailures++;
        var doubling = _options.ReconnectDelayMin * Math.Pow(2, Math.Min(_connectFailures - 1, 30));
        var delay = doubling < _options.ReconnectDelayMax ? doubling : _options.ReconnectDelayMax;
        _nextConnect = now + delay;
        _linkError = $"{_transport.Description}: {failure.Message}";
        ModbusLog.LinkFailed(_logger, _transport.Description, delay, failure.Message);
    }

    private void Fail(IEnumerable<ModbusRegister> registers, string error)
    {
        foreach (var register in registers)
        {
            Set(register, new ModbusReading(null, error, _time.GetUtcNow()));
        }
    }

    private void Set(ModbusRegister register, ModbusReading reading)
    {
        var i = _index[register];
        ModbusReading previous;
        lock (_lock)
        {
            previous = _readings[i];
            _readings[i] = reading;
        }

        if (reading.Error is not null && previous.Error != reading.Error)
        {
            ModbusLog.RegisterFailed(_logger, register.Name, reading.Error);
        }
        else if (reading.Error is null && previous.Error is not null && previous.At is not null)
        {
            ModbusLog.RegisterRecovered(_logger, register.Name);
        }
    }

    public void Dispose() => _transport.Dispose();
}
