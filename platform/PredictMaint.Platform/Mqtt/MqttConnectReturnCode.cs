namespace PredictMaint.Platform.Mqtt;

/// <summary>CONNACK return codes of MQTT 3.1.1 (§3.2.2.3).</summary>
public enum MqttConnectReturnCode
{
    Accepted = 0,
    UnacceptableProtocolVersion = 1,
    IdentifierRejected = 2,
    ServerUnavailable = 3,
    BadUserNameOrPassword = 4,
    NotAuthorized = 5,
}
