using System.Text;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Formatter;

/// <summary>CONNECT decoding (§3.1); the client never receives it, but round-trip tests and a future test broker do.</summary>
internal static class Mqtt311ConnectDecoder
{
    public static MqttConnectPacket Decode(ref MqttSpanReader reader)
    {
        if (reader.ReadString() != "MQTT")
        {
            throw new MqttProtocolException("CONNECT protocol name is not MQTT.");
        }

        var level = reader.ReadByte();
        if (level != (byte)MqttProtocolVersion.V311)
        {
            throw new MqttProtocolException($"CONNECT protocol level {level} is not 3.1.1.");
        }

        var flags = reader.ReadByte();
        var hasWill = (flags & 0x04) != 0;
        var willQos = (flags >> 3) & 0x03;
        var willRetain = (flags & 0x20) != 0;
        var hasPassword = (flags & 0x40) != 0;
        var hasUsername = (flags & 0x80) != 0;
        if ((flags & 0x01) != 0 || willQos == 3 || (!hasWill && (willQos != 0 || willRetain)) || (hasPassword && !hasUsername))
        {
            throw new MqttProtocolException($"CONNECT has invalid flags 0x{flags:X2}.");
        }

        var keepAlive = reader.ReadUInt16();
        var clientId = reader.ReadString();
        MqttApplicationMessage? will = null;
        if (hasWill)
        {
            var topic = reader.ReadString();
            var payload = reader.ReadBinary().ToArray();
            will = new MqttApplicationMessage(topic, payload, (MqttQualityOfService)willQos, willRetain);
        }

        var username = hasUsername ? reader.ReadString() : null;
        var password = hasPassword ? DecodePassword(reader.ReadBinary()) : null;
        return new MqttConnectPacket(clientId, username, password, (flags & 0x02) != 0, keepAlive, will);
    }

    private static string DecodePassword(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new MqttProtocolException("CONNECT password is not UTF-8; binary passwords are not supported.", ex);
        }
    }
}
