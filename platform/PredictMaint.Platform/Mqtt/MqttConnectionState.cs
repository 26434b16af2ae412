namespace PredictMaint.Platform.Mqtt;

public enum MqttConnectionState
{
    Disconnected,
    Connecting,
    Connected,
    Reconnecting,
}
