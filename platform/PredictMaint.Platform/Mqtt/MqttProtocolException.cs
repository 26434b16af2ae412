namespace PredictMaint.Platform.Mqtt;

/// <summary>A malformed or oversized packet, or a protocol violation by the peer.</summary>
public class MqttProtocolException : Exception
{
    public MqttProtocolException()
    {
    }

    public MqttProtocolException(string message)
        : base(message)
    {
    }

    public MqttProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
