using Microsoft.Extensions.Logging;
using PredictMaint.Platform.Mqtt.Connecting;
using PredictMaint.Platform.Mqtt.Packets;
using PredictMaint.Platform.Mqtt.Publishing;
using PredictMaint.Platform.Mqtt.Subscribing;

namespace PredictMaint.Platform.Mqtt.Session;

/// <summary>
/// Client-side session state that outlives connections: packet ids, the outgoing QoS 1
/// window, pending subscribe requests and the subscriptions to restore.
/// </summary>
internal sealed class MqttSession
{
    private readonly ILogger _logger;
    private readonly MqttPacketIdentifierPool _packetIds = new();
    private readonly MqttPendingRequests _requests = new();
    private MqttConnection? _active;

    public MqttSession(MqttClientOptions options, ILogger logger)
    {
        _logger = logger;
        Outgoing = new MqttOutgoingInFlightWindow(options.MaxOutgoingInFlight, _packetIds);
    }

    public MqttOutgoingInFlightWindow Outgoing { get; }

    public MqttSubscriptionRegistry Subscriptions { get; } = new();

    /// <summary>The connection that carries new packets; null while (re)connecting.</summary>
    public MqttConnection? Active => Volatile.Read(ref _active);

    public async Task PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        if (message.QualityOfService == MqttQualityOfService.AtMostOnce)
        {
            var connection = Active ?? throw new MqttCommunicationException("The MQTT client is not connected; QoS 0 messages are not queued.");
            await connection.SendAsync(MqttPublishPacket.From(message, 0), cancellationToken);
            return;
        }

        // QoS 1 publishes are queued even while reconnecting; Activate sends them in order.
        var pending = await Outgoing.AddAsync(message, cancellationToken);
        await pending.Acknowledged.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Re-sends the unacknowledged publishes in order, then lets new ones through.</summary>
    public void Activate(MqttConnection connection, bool sessionPresent)
    {
        var resent = Outgoing.Activate(connection, sessionPresent);
        Volatile.Write(ref _active, connection);
        if (resent > 0)
        {
            _logger.Resent(resent, sessionPresent);
        }
    }

    public void Deactivate(MqttConnection connection, Exception? reason)
    {
        Outgoing.Deactivate(connection);
        Interlocked.CompareExchange(ref _active, null, connection);

        _requests.FailAll(new MqttCommunicationException("The MQTT connection was lost before the broker answered.", reason ?? new OperationCanceledException()));
    }

    public async Task<MqttSubAckPacket> SubscribeAsync(MqttConnection connection, IReadOnlyList<MqttTopicSubscription> subscriptions, CancellationToken cancellationToken)
    {
        var response = await RequestAsync(connection, id => new MqttSubscribePacket(id, subscriptions), cancellationToken);
        return response is MqttSubAckPacket subAck && subAck.ReturnCodes.Count == subscriptions.Count
            ? subAck
            : throw new MqttProtocolException($"Expected a SUBACK with {subscriptions.Count} return codes, got {response}.");
    }

    public async Task UnsubscribeAsync(MqttConnection connection, string topicFilter, CancellationToken cancellationToken)
    {
        var response = await RequestAsync(connection, id => new MqttUnsubscribePacket(id, [topicFilter]), cancellationToken);
        if (response.Type != MqttPacketType.UnsubAck)
        {
            throw new MqttProtocolException($"Expected UNSUBACK, got {response.Type}.");
        }
    }

    /// <summary>Routes PUBACK, SUBACK and UNSUBACK; acknowledgements for unknown ids are ignored (late duplicates).</summary>
    public void OnAcknowledgement(MqttPacket packet)
    {
        switch (packet)
        {
            case MqttAcknowledgementPacket { Type: MqttPacketType.PubAck } pubAck:
                Outgoing.Acknowledge(pubAck.PacketId);
                break;
            case MqttAcknowledgementPacket { Type: MqttPacketType.UnsubAck } unsubAck:
                _requests.TryComplete(unsubAck.PacketId, packet);
                break;
            case MqttSubAckPacket subAck:
                _requests.TryComplete(subAck.PacketId, packet);
                break;
            default:
                throw new MqttProtocolException($"A client does not accept {packet.Type} (QoS 2 flows are not supported).");
        }
    }

    private async Task<MqttPacket> RequestAsync(MqttConnection connection, Func<ushort, MqttPacket> create, CancellationToken cancellationToken)
    {
        var packetId = _packetIds.Allocate();
        try
        {
            var response = _requests.Register(packetId);
            if (!connection.TrySend(create(packetId)))
            {
                throw new MqttCommunicationException("The MQTT connection is closed.");
            }

            return await response.WaitAsync(cancellationToken);
        }
        finally
        {
            _requests.Forget(packetId);
            _packetIds.Release(packetId);
        }
    }
}
