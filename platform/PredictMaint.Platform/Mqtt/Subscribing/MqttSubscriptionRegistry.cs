using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Subscribing;

/// <summary>The subscriptions the application asked for, restored when the broker lost the session.</summary>
internal sealed class MqttSubscriptionRegistry
{
    private readonly Dictionary<string, MqttQualityOfService> _subscriptions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Add(string topicFilter, MqttQualityOfService qualityOfService)
    {
        lock (_lock)
        {
            _subscriptions[topicFilter] = qualityOfService;
        }
    }

    public void Remove(string topicFilter)
    {
        lock (_lock)
        {
            _subscriptions.Remove(topicFilter);
        }
    }

    public IReadOnlyList<MqttTopicSubscription> Snapshot()
    {
        lock (_lock)
        {
            return [.. _subscriptions.Select(s => new MqttTopicSubscription(s.Key, s.Value))];
        }
    }
}
