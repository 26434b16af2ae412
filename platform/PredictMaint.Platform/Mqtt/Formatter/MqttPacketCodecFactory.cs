namespace PredictMaint.Platform.Mqtt.Formatter;

internal static class MqttPacketCodecFactory
{
    public static IMqttPacketCodec Create(MqttProtocolVersion version) => version switch
    {
        MqttProtocolVersion.V311 => Mqtt311PacketCodec.Instance,
        _ => throw new NotSupportedException($"MQTT protocol version {version} is not implemented; use 3.1.1."),
    };
}
