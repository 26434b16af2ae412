namespace PredictMaint.Platform.Mqtt;

/// <summary>A message as published or received by the application.</summary>
public sealed record MqttApplicationMessage(
    string Topic,
    ReadOnlyMemory<byte> Payload,
    MqttQualityOfService QualityOfService = MqttQualityOfService.AtMostOnce,
    bool Retain = false);
