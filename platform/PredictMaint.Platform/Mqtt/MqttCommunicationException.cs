namespace PredictMaint.Platform.Mqtt;

/// <summary>The connection was lost (or is not up) while an operation waited for the broker.</summary>
public class MqttCommunicationException : Exception
{
    public MqttCommunicationException()
    {
    }

    public MqttCommunicationException(string message)
        : base(message)
    {
    }

    public MqttCommunicationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
