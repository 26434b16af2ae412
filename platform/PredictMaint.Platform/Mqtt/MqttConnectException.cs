namespace PredictMaint.Platform.Mqtt;

/// <summary>The broker refused the connection; the message says what to change.</summary>
public class MqttConnectException : Exception
{
    public MqttConnectException()
    {
    }

    public MqttConnectException(string message)
        : base(message)
    {
    }

    public MqttConnectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MqttConnectException(MqttConnectReturnCode returnCode)
        : base(Describe(returnCode))
    {
        ReturnCode = returnCode;
    }

    public MqttConnectReturnCode? ReturnCode { get; }

    private static string Describe(MqttConnectReturnCode code) => code switch
    {
        MqttConnectReturnCode.UnacceptableProtocolVersion =>
            "The broker refused the connection (0x01): it does not speak MQTT 3.1.1. Upgrade the broker or enable 3.1.1 on it.",
        MqttConnectReturnCode.IdentifierRejected =>
            "The broker refused the connection (0x02): the client id was rejected. Use 1-23 letters and digits, or a non-empty id with a persistent session.",
        MqttConnectReturnCode.ServerUnavailable =>
            "The broker refused the connection (0x03): the MQTT service is unavailable. Retry later or check the broker's log.",
        MqttConnectReturnCode.BadUserNameOrPassword =>
            "The broker refused the connection (0x04): bad user name or password. Check the credentials configured for this client.",
        MqttConnectReturnCode.NotAuthorized =>
            "The broker refused the connection (0x05): this client is not authorised. Grant it access in the broker's ACL or password file.",
        _ => $"The broker refused the connection with unknown return code 0x{(int)code:X2}.",
    };
}
