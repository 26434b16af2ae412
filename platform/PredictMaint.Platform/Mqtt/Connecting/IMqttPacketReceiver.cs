using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Connecting;

/// <summary>Gets every packet after CONNACK, on the connection's reader loop; must not block.</summary>
internal interface IMqttPacketReceiver
{
    /// <summary>Throwing <see cref="MqttProtocolException"/> closes the connection.</summary>
    void OnPacketReceived(MqttConnection connection, MqttPacket packet);
}
