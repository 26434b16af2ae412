namespace PredictMaint.Platform.Influx.LineProtocol;

/// <summary>
/// Orders strings as their UTF-8 bytes compare (Go's <c>bytes.Compare</c>, the order InfluxDB keeps tags in).
/// Plain ordinal UTF-16 order differs only when a surrogate pair meets a character from U+E000 to U+FFFF.
/// </summary>
internal sealed class Utf8OrderComparer : IComparer<string>
{
    public static Utf8OrderComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            char a = x[i], b = y[i];
            if (a != b)
            {
                // Surrogates (U+D800-DFFF) encode code points above U+FFFF, so they sort after every other UTF-16 unit.
                return Weight(a).CompareTo(Weight(b));
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
}
