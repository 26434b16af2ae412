namespace PredictMaint.Platform.Mqtt;

/// <summary>MQTT delivery guarantee of a message or subscription (3.1.1 §4.3).</summary>
public enum MqttQualityOfService
{
    AtMostOnce = 0,
    AtLeastOnce = 1,
    ExactlyOnce = 2,
}
