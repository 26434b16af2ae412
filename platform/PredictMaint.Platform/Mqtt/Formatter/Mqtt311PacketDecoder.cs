using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Formatter;

/// <summary>Strict decoding of every 3.1.1 packet: reserved flags, lengths and field values are checked.</summary>
internal static class Mqtt311PacketDecoder
{
    public static MqttPacket Decode(byte fixedHeader, ReadOnlySpan<byte> body)
    {
        var type = (MqttPacketType)(fixedHeader >> 4);
        var flags = fixedHeader & 0x0F;
        if (type == MqttPacketType.Publish)
        {
            return DecodePublish(flags, body);
        }

        var expectedFlags = type is MqttPacketType.PubRel or MqttPacketType.Subscribe or MqttPacketType.Unsubscribe ? 2 : 0;
        if (type is < MqttPacketType.Connect or > MqttPacketType.Disconnect)
        {
            throw new MqttProtocolException($"Reserved packet type {(int)type}.");
        }

        if (flags != expectedFlags)
        {
            throw new MqttProtocolException($"{type} has invalid fixed header flags 0x{flags:X}.");
        }

        var reader = new MqttSpanReader(body);
        MqttPacket packet = type switch
        {
            MqttPacketType.Connect => Mqtt311ConnectDecoder.Decode(ref reader),
            MqttPacketType.ConnAck => DecodeConnAck(ref reader),
            MqttPacketType.PubAck or MqttPacketType.PubRec or MqttPacketType.PubRel or MqttPacketType.PubComp or MqttPacketType.UnsubAck =>
                new MqttAcknowledgementPacket(type, reader.ReadPacketId()),
            MqttPacketType.Subscribe => DecodeSubscribe(ref reader),
            MqttPacketType.SubAck => DecodeSubAck(ref reader),
            MqttPacketType.Unsubscribe => DecodeUnsubscribe(ref reader),
            _ => new MqttEmptyPacket(type),
        };
        reader.EnsureEnd(type.ToString());
        return packet;
    }

    private static MqttPublishPacket DecodePublish(int flags, ReadOnlySpan<byte> body)
    {
        var qos = (flags >> 1) & 0x03;
        var duplicate = (flags & 0x08) != 0;
        if (qos == 3)
        {
            throw new MqttProtocolException("PUBLISH with QoS 3.");
        }

        if (duplicate && qos == 0)
        {
            throw new MqttProtocolException("PUBLISH with QoS 0 must not set DUP.");
        }

        var reader = new MqttSpanReader(body);
        var topic = reader.ReadString();
        if (topic.Length == 0 || topic.AsSpan().IndexOfAny('+', '#') >= 0)
        {
            throw new MqttProtocolException($"PUBLISH topic '{topic}' is empty or contains wildcards.");
        }

        var packetId = qos == 0 ? (ushort)0 : reader.ReadPacketId();
        var payload = reader.ReadRest().ToArray();
        return new MqttPublishPacket(topic, payload, (MqttQualityOfService)qos, (flags & 0x01) != 0, duplicate, packetId);
    }

    private static MqttConnAckPacket DecodeConnAck(ref MqttSpanReader reader)
    {
        var acknowledgeFlags = reader.ReadByte();
        var code = reader.ReadByte();
        if ((acknowledgeFlags & 0xFE) != 0)
        {
            throw new MqttProtocolException("CONNACK sets reserved acknowledge flags.");
        }

        if (code > (byte)MqttConnectReturnCode.NotAuthorized)
        {
            throw new MqttProtocolException($"CONNACK has unknown return code {code}.");
        }

        if (code != 0 && acknowledgeFlags != 0)
        {
            throw new MqttProtocolException("A refusing CONNACK must not set session present.");
        }

        return new MqttConnAckPacket(acknowledgeFlags == 1, (MqttConnectReturnCode)code);
    }

    private static MqttSubscribePacket DecodeSubscribe(ref MqttSpanReader reader)
    {
        var packetId = reader.ReadPacketId();
        var subscriptions = new List<MqttTopicSubscription>();
        do
        {
            var filter = reader.ReadString();
            var qos = reader.ReadByte();
            if (qos > 2)
            {
                throw new MqttProtocolException($"SUBSCRIBE requests invalid QoS byte 0x{qos:X2}.");
            }

            subscriptions.Add(new MqttTopicSubscription(filter, (MqttQualityOfService)qos));
        }
        while (reader.Remaining > 0);
        return new MqttSubscribePacket(packetId, subscriptions);
    }

    private static MqttSubAckPacket DecodeSubAck(ref MqttSpanReader reader)
    {
        var packetId = reader.ReadPacketId();
        var codes = reader.ReadRest().ToArray();
        if (codes.Length == 0)
        {
            throw new MqttProtocolException("SUBACK carries no return code.");
        }

        foreach (var code in codes)
        {
            if (code is > 2 and not MqttSubAckPacket.Failure)
            {
                throw new MqttProtocolException($"SUBACK has invalid return code 0x{code:X2}.");
            }
        }

        return new MqttSubAckPacket(packetId, codes);
    }

    private static MqttUnsubscribePacket DecodeUnsubscribe(ref MqttSpanReader reader)
    {
        var packetId = reader.ReadPacketId();
        var filters = new List<string>();
        do
        {
            filters.Add(reader.ReadString());
        }
        while (reader.Remaining > 0);
        return new MqttUnsubscribePacket(packetId, filters);
    }
}
