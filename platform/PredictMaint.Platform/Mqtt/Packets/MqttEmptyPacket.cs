namespace PredictMaint.Platform.Mqtt.Packets;

/// <summary>PINGREQ, PINGRESP and DISCONNECT: a fixed header and nothing else.</summary>
internal sealed record MqttEmptyPacket(MqttPacketType EmptyType) : MqttPacket(EmptyType)
{
    public static MqttEmptyPacket PingRequest { get; } = new(MqttPacketType.PingReq);

    public static MqttEmptyPacket PingResponse { get; } = new(MqttPacketType.PingResp);

    public static MqttEmptyPacket Disconnect { get; } = new(MqttPacketType.Disconnect);
}
