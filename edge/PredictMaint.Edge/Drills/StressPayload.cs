namespace PredictMaint.Edge.Drills;

/// <summary>The payload the queue stress writer stores for a record id, so a checker can recompute it.</summary>
internal static class StressPayload
{
    public static byte[] For(long id)
    {
        var bytes = new byte[24 + (int)(id % 181)];
        var state = (ulong)id * 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < bytes.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            bytes[i] = (byte)state;
        }

        return bytes;
    }

    public static bool Matches(long id, ReadOnlySpan<byte> payload) => payload.SequenceEqual(For(id));
}
