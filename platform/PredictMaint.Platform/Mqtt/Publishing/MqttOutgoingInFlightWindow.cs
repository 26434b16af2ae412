using PredictMaint.Platform.Mqtt.Connecting;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Publishing;

/// <summary>
/// Unacknowledged outgoing QoS 1 publishes, limited to <see cref="MqttClientOptions.MaxOutgoingInFlight"/>.
/// Admission is first come, first served and sending happens under the same lock, so the broker
/// sees publishes in call order, also when they are re-sent after a reconnect.
/// </summary>
internal sealed class MqttOutgoingInFlightWindow
{
    private readonly MqttPacketIdentifierPool _packetIds;
    private readonly LinkedList<MqttPendingPublish> _order = new();
    private readonly Dictionary<ushort, LinkedListNode<MqttPendingPublish>> _byId = [];
    private readonly Queue<MqttPublishWaiter> _waiters = new();
    private readonly Lock _lock = new();
    private int _freeSlots;
    private MqttConnection? _active;

    public MqttOutgoingInFlightWindow(int capacity, MqttPacketIdentifierPool packetIds)
    {
        _freeSlots = capacity;
        _packetIds = packetIds;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byId.Count;
            }
        }
    }

    /// <summary>Takes a slot (or waits in line for one) and sends at once if a connection is active.</summary>
    public Task<MqttPendingPublish> AddAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        MqttPublishWaiter waiter;
        lock (_lock)
        {
            if (_freeSlots > 0 && _waiters.Count == 0)
            {
                _freeSlots--;
                return Task.FromResult(AdmitLocked(message));
            }

            waiter = new MqttPublishWaiter(message);
            _waiters.Enqueue(waiter);
        }

        return waiter.WaitAsync(_lock, cancellationToken);
    }

    /// <summary>Completes the publish acknowledged by PUBACK; false for an unknown id.</summary>
    public bool Acknowledge(ushort packetId)
    {
        MqttPendingPublish pending;
        MqttPublishWaiter? admitted = null;
        lock (_lock)
        {
            if (!_byId.Remove(packetId, out var node))
            {
                return false;
            }

            _order.Remove(node);
            pending = node.Value;
            _packetIds.Release(packetId);
            while (_waiters.TryDequeue(out var next))
            {
                if (!next.IsCanceled)
                {
                    admitted = next;
                    admitted.Admit(AdmitLocked(next.Message));
                    break;
                }
            }

            if (admitted is null)
            {
                _freeSlots++;
            }
        }

        pending.Acknowledged.TrySetResult();
        return true;
    }

    /// <summary>Re-sends every unacknowledged publish in order on a new connection, then sends new ones there.</summary>
    public int Activate(MqttConnection connection, bool sessionPresent)
    {
        lock (_lock)
        {
            foreach (var pending in _order)
            {
                SendLocked(connection, pending, sessionPresent);
            }

            _active = connection;
            return _order.Count;
        }
    }

    public void Deactivate(MqttConnection connection)
    {
        lock (_lock)
        {
            if (_active == connection)
            {
                _active = null;
            }
        }
    }

    public void FailAll(Exception reason)
    {
        List<MqttPendingPublish> pending;
        List<MqttPublishWaiter> waiters;
        lock (_lock)
        {
            pending = [.. _order];
            waiters = [.. _waiters];
            _waiters.Clear();
        }

        pending.ForEach(p => p.Acknowledged.TrySetException(reason));
        waiters.ForEach(w => w.Fail(reason));
    }

    private static void SendLocked(MqttConnection connection, MqttPendingPublish pending, bool sessionPresent)
    {
        if (pending.SentOnGeneration == connection.Generation)
        {
            return;
        }

        // §4.4: with the session kept the broker may have seen it, so it goes out flagged DUP;
        // with a fresh session it is a new publish as far as the broker can tell.
        var duplicate = sessionPresent && pending.SentOnGeneration != 0;
        connection.TrySend(duplicate ? pending.Packet with { Duplicate = true } : pending.Packet);
        pending.SentOnGeneration = connection.Generation;
    }

    private MqttPendingPublish AdmitLocked(MqttApplicationMessage message)
    {
        var pending = new MqttPendingPublish(MqttPublishPacket.From(message, _packetIds.Allocate()));
        _byId.Add(pending.Packet.PacketId, _order.AddLast(pending));
        if (_active is { } connection)
        {
            SendLocked(connection, pending, sessionPresent: true);
        }

        return pending;
    }
}
