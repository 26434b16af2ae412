namespace PredictMaint.Edge.Gpio;

/// <summary>
/// A switch input (pump running, leak switch) with debounce: a new level counts once no further
/// edge arrived for <see cref="DebounceTime"/>. Driven by the line's edge events, read by the
/// sampling loop with <see cref="TryReadState"/>; nothing polls the pin.
/// </summary>
public sealed class DebouncedInput(IGpioInputLine line, TimeSpan debounceTime, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private bool _stable;
    private bool _latest;
    private TimeSpan _latestAt;
    private bool _known;
    private long _edgeCount;

    public TimeSpan DebounceTime => debounceTime;

    /// <summary>Raw edges seen, bounces included (diagnostics: a count racing ahead means a chattering contact).</summary>
    public long EdgeCount => Interlocked.Read(ref _edgeCount);

    /// <summary>Consumes edges until the line closes or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.TryReadLevel(out var initial))
        {
            lock (_lock)
            {
                (_stable, _latest, _latestAt, _known) = (initial, initial, TimeSpan.Zero, true);
            }
        }

        await foreach (var edge in line.Edges.ReadAllAsync(cancellationToken))
        {
            lock (_lock)
            {
                Settle(edge.Timestamp);
                (_latest, _latestAt, _known) = (edge.IsHigh, edge.Timestamp, true);
            }

            Interlocked.Increment(ref _edgeCount);
        }
    }

    /// <summary>The debounced level; false until the line's level is known.</summary>
    public bool TryReadState(out bool high)
    {
        lock (_lock)
        {
            Settle(timeProvider.GetElapsedTime(0));
            high = _stable;
            return _known;
        }
    }

    private void Settle(TimeSpan now)
    {
        if (_latest != _stable && now - _latestAt >= debounceTime)
        {
            _stable = _latest;
        }
    }
}
