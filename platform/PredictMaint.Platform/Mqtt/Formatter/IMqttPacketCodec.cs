using System.Buffers;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Formatter;

/// <summary>Wire format of one protocol version: MQTT 5 adds its own implementation next to 3.1.1.</summary>
internal interface IMqttPacketCodec
{
    /// <summary>Bytes <paramref name="packet"/> takes on the wire, fixed header included.</summary>
    int GetEncodedSize(MqttPacket packet);

    void Encode(MqttPacket packet, IBufferWriter<byte> output);

    /// <summary>Decodes one body; throws only <see cref="MqttProtocolException"/>.</summary>
    MqttPacket Decode(byte fixedHeader, ReadOnlySpan<byte> body);
}
