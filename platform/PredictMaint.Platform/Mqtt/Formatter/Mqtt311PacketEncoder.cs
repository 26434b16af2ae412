using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Formatter;

internal static class Mqtt311PacketEncoder
{
    private const byte ProtocolLevel = 4;

    public static int GetRemainingLength(MqttPacket packet) => packet switch
    {
        MqttConnectPacket p => 10 + MqttSpanWriter.StringSize(p.ClientId)
            + (p.Will is null ? 0 : MqttSpanWriter.StringSize(p.Will.Topic) + 2 + p.Will.Payload.Length)
            + (p.Username is null ? 0 : MqttSpanWriter.StringSize(p.Username))
            + (p.Password is null ? 0 : MqttSpanWriter.StringSize(p.Password)),
        MqttConnAckPacket => 2,
        MqttPublishPacket p => MqttSpanWriter.StringSize(p.Topic) + (p.QualityOfService == MqttQualityOfService.AtMostOnce ? 0 : 2) + p.Payload.Length,
        MqttAcknowledgementPacket => 2,
        MqttSubscribePacket p => 2 + p.Subscriptions.Sum(s => MqttSpanWriter.StringSize(s.TopicFilter) + 1),
        MqttSubAckPacket p => 2 + p.ReturnCodes.Count,
        MqttUnsubscribePacket p => 2 + p.TopicFilters.Sum(MqttSpanWriter.StringSize),
        MqttEmptyPacket => 0,
        _ => throw new NotSupportedException($"Cannot encode {packet.GetType().Name}."),
    };

    public static void Write(MqttPacket packet, int remainingLength, ref MqttSpanWriter writer)
    {
        writer.WriteByte(FixedHeader(packet));
        writer.WriteRemainingLength(remainingLength);
        switch (packet)
        {
            case MqttConnectPacket p:
                WriteConnect(p, ref writer);
                break;
            case MqttConnAckPacket p:
                writer.WriteByte(p.SessionPresent ? (byte)1 : (byte)0);
                writer.WriteByte((byte)p.ReturnCode);
                break;
            case MqttPublishPacket p:
                writer.WriteString(p.Topic);
                if (p.QualityOfService != MqttQualityOfService.AtMostOnce)
                {
                    writer.WriteUInt16(p.PacketId);
                }

                writer.WriteRaw(p.Payload.Span);
                break;
            case MqttAcknowledgementPacket p:
                writer.WriteUInt16(p.PacketId);
                break;
            case MqttSubscribePacket p:
                writer.WriteUInt16(p.PacketId);
                foreach (var subscription in p.Subscriptions)
                {
                    writer.WriteString(subscription.TopicFilter);
                    writer.WriteByte((byte)subscription.QualityOfService);
                }

                break;
            case MqttSubAckPacket p:
                writer.WriteUInt16(p.PacketId);
                foreach (var code in p.ReturnCodes)
                {
                    writer.WriteByte(code);
                }

                break;
            case MqttUnsubscribePacket p:
                writer.WriteUInt16(p.PacketId);
                foreach (var filter in p.TopicFilters)
                {
                    writer.WriteString(filter);
                }

                break;
        }
    }

    private static byte FixedHeader(MqttPacket packet)
    {
        var type = (byte)((byte)packet.Type << 4);
        return packet switch
        {
            MqttPublishPacket p => (byte)(type | (p.Duplicate ? 0x08 : 0) | ((byte)p.QualityOfService << 1) | (p.Retain ? 0x01 : 0)),
            MqttSubscribePacket or MqttUnsubscribePacket => (byte)(type | 0x02),
            MqttAcknowledgementPacket { Type: MqttPacketType.PubRel } => (byte)(type | 0x02),
            _ => type,
        };
    }

    private static void WriteConnect(MqttConnectPacket p, ref MqttSpanWriter writer)
    {
        writer.WriteString("MQTT");
        writer.WriteByte(ProtocolLevel);
        var flags = p.CleanSession ? 0x02 : 0;
        if (p.Will is not null)
        {
            flags |= 0x04 | ((int)p.Will.QualityOfService << 3) | (p.Will.Retain ? 0x20 : 0);
        }

        flags |= p.Password is null ? 0 : 0x40;
        flags |= p.Username is null ? 0 : 0x80;
        writer.WriteByte((byte)flags);
        writer.WriteUInt16(p.KeepAliveSeconds);
        writer.WriteString(p.ClientId);
        if (p.Will is not null)
        {
            writer.WriteString(p.Will.Topic);
            writer.WriteBinary(p.Will.Payload.Span);
        }

        if (p.Username is not null)
        {
            writer.WriteString(p.Username);
        }

        if (p.Password is not null)
        {
            writer.WriteString(p.Password);
        }
    }
}
