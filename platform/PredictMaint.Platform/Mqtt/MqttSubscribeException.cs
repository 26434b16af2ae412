namespace PredictMaint.Platform.Mqtt;

/// <summary>The broker refused a subscription (SUBACK return code 0x80).</summary>
public class MqttSubscribeException : Exception
{
    public MqttSubscribeException()
    {
    }

    public MqttSubscribeException(string message)
        : base(message)
    {
    }

    public MqttSubscribeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MqttSubscribeException(string topicFilter, string message)
        : base(message)
    {
        TopicFilter = topicFilter;
    }

    public string? TopicFilter { get; }
}
