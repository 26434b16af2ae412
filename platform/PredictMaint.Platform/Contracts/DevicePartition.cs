using System.Text;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// Which instance (predictor or ingest) owns a device: FNV-1a (32 bit) of the UTF-8 bytes of
/// <c>site/device</c> modulo the number of partitions. Stable across processes, runtimes and restarts,
/// unlike <see cref="string.GetHashCode()"/>, so every instance agrees without talking to the others.
/// </summary>
public static class DevicePartition
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static int Of(string siteId, string deviceId, int partitions) =>
        Of(siteId.AsSpan(), deviceId.AsSpan(), partitions);

    /// <summary>
    /// The same partition as the string overload, without allocating (ingest asks once per message,
    /// with the ids still inside the topic). Each id is encoded rune by rune as
    /// <see cref="Encoding.UTF8"/> would encode it, lone surrogates included (U+FFFD); the '/' between
    /// them cannot pair with a surrogate, so hashing the ids apart equals hashing the joined string.
    /// </summary>
    public static int Of(ReadOnlySpan<char> siteId, ReadOnlySpan<char> deviceId, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var hash = Append(OffsetBasis, siteId);
        hash = Append(hash, (byte)'/');
        hash = Append(hash, deviceId);
        return (int)(hash % (uint)partitions);
    }

    private static uint Append(uint hash, ReadOnlySpan<char> text)
    {
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < length; i++)
            {
                hash = Append(hash, utf8[i]);
            }
        }

        return hash;
    }

    private static uint Append(uint hash, byte value) => unchecked((hash ^ value) * Prime);
}
