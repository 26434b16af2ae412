using System.Buffers;

namespace PredictMaint.Platform.Mqtt.Formatter;

/// <summary>
/// Splits a byte stream into packets: fixed header byte, remaining length (1-4 bytes, §2.2.3),
/// body. The size limit is checked on the declared length, before any body is buffered.
/// </summary>
internal static class MqttPacketFramer
{
    public const int MaxRemainingLength = 268_435_455;

    /// <summary>False when <paramref name="buffer"/> does not hold a whole packet yet.</summary>
    public static bool TryReadFrame(
        ref ReadOnlySequence<byte> buffer,
        int maxPacketSizeBytes,
        out byte fixedHeader,
        out ReadOnlySequence<byte> body)
    {
        fixedHeader = 0;
        body = default;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryRead(out fixedHeader))
        {
            return false;
        }

        var remainingLength = 0;
        var multiplier = 1;
        for (var i = 0; ; i++)
        {
            if (i == 4)
            {
                throw new MqttProtocolException("Remaining length uses more than 4 bytes.");
            }

            if (!reader.TryRead(out var encoded))
            {
                return false;
            }

            remainingLength += (encoded & 0x7F) * multiplier;
            if ((encoded & 0x80) == 0)
            {
                // §1.5.3: a multi-byte encoding with a zero last byte is not the minimal one and is malformed.
                if (i > 0 && encoded == 0)
                {
                    throw new MqttProtocolException("Remaining length is not minimally encoded.");
                }

                break;
            }

            multiplier *= 128;
        }

        var headerSize = (int)reader.Consumed;
        if ((long)remainingLength + headerSize > maxPacketSizeBytes)
        {
            throw new MqttProtocolException(
                $"Packet of {remainingLength + headerSize} bytes exceeds the limit of {maxPacketSizeBytes} bytes.");
        }

        if (reader.Remaining < remainingLength)
        {
            return false;
        }

        body = buffer.Slice(headerSize, remainingLength);
        buffer = buffer.Slice(body.End);
        return true;
    }

    public static int GetRemainingLengthSize(int remainingLength) => remainingLength switch
    {
        < 128 => 1,
        < 16_384 => 2,
        < 2_097_152 => 3,
        _ => 4,
    };

    public static int WriteRemainingLength(Span<byte> destination, int remainingLength)
    {
        var i = 0;
        do
        {
            var digit = (byte)(remainingLength % 128);
            remainingLength /= 128;
            destination[i++] = remainingLength > 0 ? (byte)(digit | 0x80) : digit;
        }
        while (remainingLength > 0);
        return i;
    }
}
