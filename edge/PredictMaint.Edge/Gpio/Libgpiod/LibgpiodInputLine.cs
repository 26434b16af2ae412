using System.Threading.Channels;

namespace PredictMaint.Edge.Gpio.Libgpiod;

/// <summary>
/// A requested line. A dedicated thread blocks in gpiod_line_event_wait (timeout 200 ms, only so
/// it notices disposal) and forwards each event; the kernel buffers edges meanwhile, so none are
/// missed between waits.
/// </summary>
internal sealed class LibgpiodInputLine : IGpioInputLine
{
    private static readonly LibgpiodNative.TimeSpec WaitTimeout = new() { Seconds = 0, Nanoseconds = 200_000_000 };
    private readonly nint _line;
    private readonly Channel<GpioEdgeEvent> _edges = Channel.CreateBounded<GpioEdgeEvent>(new BoundedChannelOptions(65_536) { SingleWriter = true, FullMode = BoundedChannelFullMode.DropOldest });
    private readonly Thread _thread;
    private volatile bool _disposed;

    public LibgpiodInputLine(nint line, int offset)
    {
        _line = line;
        Offset = offset;
        _thread = new Thread(WaitForEvents) { IsBackground = true, Name = $"gpio-line-{offset}" };
        _thread.Start();
    }

    public int Offset { get; }

    public ChannelReader<GpioEdgeEvent> Edges => _edges.Reader;

    public bool TryReadLevel(out bool high)
    {
        var value = _disposed ? -1 : LibgpiodNative.LineGetValue(_line);
        high = value == 1;
        return value >= 0;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _thread.Join();
        LibgpiodNative.LineRelease(_line);
    }

    private void WaitForEvents()
    {
        Exception? failure = null;
        try
        {
            while (!_disposed)
            {
                var ready = LibgpiodNative.LineEventWait(_line, WaitTimeout);
                if (ready < 0)
                {
                    break;
                }

                if (ready == 1 && LibgpiodNative.LineEventRead(_line, out var e) == 0)
                {
                    var timestamp = TimeSpan.FromSeconds(e.Timestamp.Seconds) + TimeSpan.FromTicks(e.Timestamp.Nanoseconds / 100);
                    _edges.Writer.TryWrite(new GpioEdgeEvent(e.EventType == LibgpiodNative.RisingEdgeEvent ? GpioEdge.Rising : GpioEdge.Falling, timestamp));
                }
            }
        }
#pragma warning disable CA1031 // an exception must never escape this thread; the channel hands it to the reader
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }
        finally
        {
            _edges.Writer.TryComplete(failure);
        }
    }
}
