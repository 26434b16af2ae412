namespace PredictMaint.Platform.Mqtt.Packets;

internal sealed record MqttTopicSubscription(string TopicFilter, MqttQualityOfService QualityOfService);
