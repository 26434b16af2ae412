using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Receiving;

/// <summary>
/// Hands received messages to the application one at a time, in arrival order, on its own loop,
/// so a slow handler never delays PINGRESP or PUBACK processing on the socket reader.
/// QoS 1 messages are bounded by the broker's in-flight limit; QoS 0 ones by a cap (then dropped).
/// </summary>
internal sealed class MqttIncomingDispatcher : IAsyncDisposable
{
    private readonly Channel<(MqttPublishPacket Packet, long Generation)> _queue =
        Channel.CreateUnbounded<(MqttPublishPacket, long)>(new() { SingleReader = true, SingleWriter = true });

    private readonly Func<MqttApplicationMessageReceivedEventArgs, Task> _handler;
    private readonly IMqttIncomingAcknowledger _acknowledger;
    private readonly int _maxQueuedAtMostOnce;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private int _queuedAtMostOnce;
    private long _dropped;

    public MqttIncomingDispatcher(
        Func<MqttApplicationMessageReceivedEventArgs, Task> handler,
        IMqttIncomingAcknowledger acknowledger,
        int maxQueuedAtMostOnce,
        ILogger logger)
    {
        _handler = handler;
        _acknowledger = acknowledger;
        _maxQueuedAtMostOnce = maxQueuedAtMostOnce;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public long DroppedAtMostOnceCount => Interlocked.Read(ref _dropped);

    public void Enqueue(MqttPublishPacket packet, long connectionGeneration)
    {
        if (packet.QualityOfService == MqttQualityOfService.AtMostOnce
            && Interlocked.Increment(ref _queuedAtMostOnce) > _maxQueuedAtMostOnce)
        {
            Interlocked.Decrement(ref _queuedAtMostOnce);
            var dropped = Interlocked.Increment(ref _dropped);
            if ((dropped & (dropped - 1)) == 0)
            {
                // Logged at 1, 2, 4, 8 ... drops so a flood cannot flood the log too.
                _logger.AtMostOnceDropped(_maxQueuedAtMostOnce, dropped);
            }

            return;
        }

        _queue.Writer.TryWrite((packet, connectionGeneration));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        await foreach (var (packet, generation) in _queue.Reader.ReadAllAsync())
        {
            var atLeastOnce = packet.QualityOfService != MqttQualityOfService.AtMostOnce;
            if (!atLeastOnce)
            {
                Interlocked.Decrement(ref _queuedAtMostOnce);
            }

            var args = new MqttApplicationMessageReceivedEventArgs(
                packet.ToApplicationMessage(), packet.Duplicate, packet.PacketId, generation, atLeastOnce ? _acknowledger : null);
            try
            {
                await _handler(args);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The handler owns its errors; with auto-acknowledge on the message still counts as handled.
                _logger.HandlerFailed(packet.Topic, ex);
            }

            if (args.AutoAcknowledge)
            {
                await args.AcknowledgeAsync();
            }
        }
    }
}
