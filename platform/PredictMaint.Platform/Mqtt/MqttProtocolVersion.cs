namespace PredictMaint.Platform.Mqtt;

/// <summary>The protocol level sent in CONNECT. Only 3.1.1 is implemented; MQTT 5 gets its own codec.</summary>
public enum MqttProtocolVersion
{
    V311 = 4,
}
