using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Publishing;

/// <summary>A QoS 1 publish between <c>PublishAsync</c> and its PUBACK.</summary>
internal sealed class MqttPendingPublish
{
    public MqttPendingPublish(MqttPublishPacket packet)
    {
        Packet = packet;
    }

    public MqttPublishPacket Packet { get; }

    public TaskCompletionSource Acknowledged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Generation of the connection it was last written to; 0 = never sent.</summary>
    public long SentOnGeneration { get; set; }
}
