using System.Buffers.Binary;
using System.Text;

namespace PredictMaint.Platform.Mqtt.Formatter;

/// <summary>Writes MQTT data types into a span sized beforehand with <see cref="StringSize"/> and friends.</summary>
internal ref struct MqttSpanWriter
{
    private readonly Span<byte> _buffer;

    public MqttSpanWriter(Span<byte> buffer)
    {
        _buffer = buffer;
        Position = 0;
    }

    public int Position { get; private set; }

    public static int StringSize(string value) => 2 + Encoding.UTF8.GetByteCount(value);

    public void WriteByte(byte value) => _buffer[Position++] = value;

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[Position..], value);
        Position += 2;
    }

    public void WriteRemainingLength(int value) => Position += MqttPacketFramer.WriteRemainingLength(_buffer[Position..], value);

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetBytes(value, _buffer[(Position + 2)..]);
        WriteUInt16(checked((ushort)length));
        Position += length;
    }

    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        WriteUInt16(checked((ushort)value.Length));
        WriteRaw(value);
    }

    public void WriteRaw(ReadOnlySpan<byte> value)
    {
        value.CopyTo(_buffer[Position..]);
        Position += value.Length;
    }
}
