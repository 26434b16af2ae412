using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Subscribing;

/// <summary>SUBSCRIBE/UNSUBSCRIBE requests waiting for their SUBACK/UNSUBACK, by packet id.</summary>
internal sealed class MqttPendingRequests
{
    private readonly Dictionary<ushort, TaskCompletionSource<MqttPacket>> _pending = [];
    private readonly Lock _lock = new();

    public Task<MqttPacket> Register(ushort packetId)
    {
        var completion = new TaskCompletionSource<MqttPacket>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _pending.Add(packetId, completion);
        }

        return completion.Task;
    }

    public bool TryComplete(ushort packetId, MqttPacket response)
    {
        TaskCompletionSource<MqttPacket>? completion;
        lock (_lock)
        {
            _pending.Remove(packetId, out completion);
        }

        return completion?.TrySetResult(response) ?? false;
    }

    public void Forget(ushort packetId)
    {
        lock (_lock)
        {
            _pending.Remove(packetId);
        }
    }

    public void FailAll(Exception reason)
    {
        List<TaskCompletionSource<MqttPacket>> all;
        lock (_lock)
        {
            all = [.. _pending.Values];
            _pending.Clear();
        }

        all.ForEach(c => c.TrySetException(reason));
    }
}
