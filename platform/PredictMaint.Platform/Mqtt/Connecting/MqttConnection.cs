using System.Buffers;
using System.IO.Pipelines;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PredictMaint.Platform.Mqtt.Formatter;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Connecting;

/// <summary>
/// One network connection: a reader loop that frames and decodes packets, a writer loop that
/// batches queued packets into few socket writes, and the keep-alive monitor. Never reused.
/// </summary>
internal sealed class MqttConnection : IAsyncDisposable
{
    private const int FlushThresholdBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly IMqttPacketCodec _codec;
    private readonly int _maxPacketSizeBytes;
    private readonly IMqttPacketReceiver _receiver;
    private readonly Channel<MqttOutgoingPacket> _outgoing = Channel.CreateUnbounded<MqttOutgoingPacket>(new() { SingleReader = true });
    private readonly CancellationTokenSource _closing = new();
    private readonly TaskCompletionSource<Exception?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<MqttConnAckPacket> _connAck = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loops = Task.CompletedTask;
    private int _closed;

    public MqttConnection(Stream stream, IMqttPacketCodec codec, MqttClientOptions options, IMqttPacketReceiver receiver, long generation, TimeProvider timeProvider, ILogger logger)
    {
        _stream = stream;
        _codec = codec;
        _maxPacketSizeBytes = options.MaxPacketSizeBytes;
        _receiver = receiver;
        Generation = generation;
        KeepAlive = new MqttKeepAliveMonitor(this, options.KeepAlive, timeProvider, logger);
    }

    /// <summary>Increases with every connection of a client; acknowledgements for older ones are dropped.</summary>
    public long Generation { get; }

    public MqttKeepAliveMonitor KeepAlive { get; }

    /// <summary>Completes with the reason (null when closed on request) once the connection is closed.</summary>
    public Task<Exception?> Completion => _completion.Task;

    public Task<MqttConnAckPacket> ConnAck => _connAck.Task;

    public void Start()
    {
        _loops = Task.WhenAll(
            Task.Run(() => ReadLoopAsync(_closing.Token)),
            Task.Run(() => WriteLoopAsync(_closing.Token)));
    }

    /// <summary>Queues a packet; false when the connection is already closed.</summary>
    public bool TrySend(MqttPacket packet) => _outgoing.Writer.TryWrite(new MqttOutgoingPacket(packet, null));

    /// <summary>Queues a packet and waits until it has been written to the socket.</summary>
    public async Task SendAsync(MqttPacket packet, CancellationToken cancellationToken = default)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_outgoing.Writer.TryWrite(new MqttOutgoingPacket(packet, written)))
        {
            throw new MqttCommunicationException("The MQTT connection is closed.");
        }

        await written.Task.WaitAsync(cancellationToken);
    }

    public void Close(Exception? reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        _outgoing.Writer.TryComplete();
        _connAck.TrySetException(reason ?? new MqttCommunicationException("The connection was closed before CONNACK."));
        _completion.TrySetResult(reason);
        _closing.Cancel();

        // Disposing the stream unblocks a read or write stuck in the kernel (e.g. a frozen peer).
        _stream.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        Close(null);
        await KeepAlive.DisposeAsync();
        await _loops;
        _closing.Dispose();
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(_stream, new StreamPipeReaderOptions(minimumReadSize: 16 * 1024));
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken);
                KeepAlive.OnBytesReceived();
                var buffer = result.Buffer;
                while (MqttPacketFramer.TryReadFrame(ref buffer, _maxPacketSizeBytes, out var header, out var body))
                {
                    Dispatch(Decode(header, body));
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    Close(new MqttCommunicationException("The broker closed the connection."));
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Close(_closed == 0 ? Wrap(ex) : null);
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private MqttPacket Decode(byte header, ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment)
        {
            return _codec.Decode(header, body.FirstSpan);
        }

        var rented = ArrayPool<byte>.Shared.Rent((int)body.Length);
        try
        {
            body.CopyTo(rented);
            return _codec.Decode(header, rented.AsSpan(0, (int)body.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Dispatch(MqttPacket packet)
    {
        if (!_connAck.Task.IsCompleted)
        {
            _connAck.TrySetResult(packet as MqttConnAckPacket
                ?? throw new MqttProtocolException($"Expected CONNACK as the first packet, got {packet.Type}."));
            return;
        }

        _receiver.OnPacketReceived(this, packet);
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        var writer = PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));
        var written = new List<TaskCompletionSource>();
        try
        {
            var queue = _outgoing.Reader;
            while (await queue.WaitToReadAsync(cancellationToken))
            {
                while (writer.UnflushedBytes < FlushThresholdBytes && queue.TryRead(out var item))
                {
                    _codec.Encode(item.Packet, writer);
                    if (item.Written is not null)
                    {
                        written.Add(item.Written);
                    }
                }

                await writer.FlushAsync(cancellationToken);
                KeepAlive.OnBytesSent();
                written.ForEach(w => w.TrySetResult());
                written.Clear();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Close(_closed == 0 ? Wrap(ex) : null);
        }
        finally
        {
            var closed = new MqttCommunicationException("The MQTT connection closed before the packet was written.");
            written.ForEach(w => w.TrySetException(closed));
            while (_outgoing.Reader.TryRead(out var item))
            {
                item.Written?.TrySetException(closed);
            }
        }
    }

    private static Exception Wrap(Exception ex) => ex is MqttProtocolException or MqttCommunicationException
        ? ex
        : new MqttCommunicationException($"The MQTT connection failed: {ex.Message}", ex);
}
