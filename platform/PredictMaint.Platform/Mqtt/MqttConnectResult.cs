namespace PredictMaint.Platform.Mqtt;

/// <summary>The outcome of an accepted CONNECT.</summary>
public sealed record MqttConnectResult(bool SessionPresent);
