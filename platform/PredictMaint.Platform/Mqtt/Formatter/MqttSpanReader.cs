using System.Buffers.Binary;
using System.Text;

namespace PredictMaint.Platform.Mqtt.Formatter;

/// <summary>Bounds-checked reads of MQTT data types (§1.5); every failure is an <see cref="MqttProtocolException"/>.</summary>
internal ref struct MqttSpanReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _buffer;
    private int _position;

    public MqttSpanReader(ReadOnlySpan<byte> buffer)
    {
        _buffer = buffer;
        _position = 0;
    }

    public readonly int Remaining => _buffer.Length - _position;

    public byte ReadByte()
    {
        Ensure(1, "byte");
        return _buffer[_position++];
    }

    public ushort ReadUInt16()
    {
        Ensure(2, "two-byte integer");
        var value = BinaryPrimitives.ReadUInt16BigEndian(_buffer[_position..]);
        _position += 2;
        return value;
    }

    public ushort ReadPacketId()
    {
        var id = ReadUInt16();
        return id != 0 ? id : throw new MqttProtocolException("Packet identifier 0 is not allowed.");
    }

    public string ReadString()
    {
        var bytes = ReadBinary();
        if (bytes.Contains((byte)0))
        {
            throw new MqttProtocolException("UTF-8 string contains U+0000.");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new MqttProtocolException("String is not well-formed UTF-8.", ex);
        }
    }

    public ReadOnlySpan<byte> ReadBinary()
    {
        var length = ReadUInt16();
        Ensure(length, "string or binary data");
        var bytes = _buffer.Slice(_position, length);
        _position += length;
        return bytes;
    }

    public ReadOnlySpan<byte> ReadRest()
    {
        var rest = _buffer[_position..];
        _position = _buffer.Length;
        return rest;
    }

    public readonly void EnsureEnd(string packetName)
    {
        if (Remaining != 0)
        {
            throw new MqttProtocolException($"{packetName} has {Remaining} unexpected trailing bytes.");
        }
    }

    private readonly void Ensure(int count, string what)
    {
        if (Remaining < count)
        {
            throw new MqttProtocolException($"Packet ends inside a {what}.");
        }
    }
}
