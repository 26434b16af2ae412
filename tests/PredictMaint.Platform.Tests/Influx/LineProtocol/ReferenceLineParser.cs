using System.Text;

namespace PredictMaint.Platform.Tests.Influx.LineProtocol;

/// <summary>
/// A deliberately tiny parser of one line, written from the line-protocol rules as InfluxDB 1.x applies them:
/// a delimiter preceded by a backslash is escaped; unescaping replaces <c>\,</c> <c>\ </c> (and <c>\=</c> outside
/// measurements) and leaves other backslashes. The field section is scanned in pairs (a backslash always takes the
/// next character with it); field keys then unescape <c>\,</c> <c>\=</c> <c>\ </c> <c>\"</c> left to right, and
/// string fields unescape <c>\"</c> and <c>\\</c>.
/// </summary>
public static class ReferenceLineParser
{
    public sealed record Line(string Measurement, IReadOnlyList<(string Key, string Value)> Tags, IReadOnlyList<(string Key, string Value)> Fields, string? Timestamp);

    public static Line Parse(string line)
    {
        var i = 0;
        var measurement = Unescape(ScanUntil(line, ref i, ", "), equals: false);
        var tags = new List<(string, string)>();
        while (i < line.Length && line[i] == ',')
        {
            i++;
            var key = Unescape(ScanUntil(line, ref i, "="), equals: true);
            i++;
            tags.Add((key, Unescape(ScanUntil(line, ref i, ", "), equals: true)));
        }

        Expect(line, ref i, ' ');
        var fields = new List<(string, string)>();
        do
        {
            var key = UnescapeFieldKey(ScanPairsUntil(line, ref i, "="));
            Expect(line, ref i, '=');
            fields.Add((key, line[i] == '"' ? ScanString(line, ref i) : ScanPairsUntil(line, ref i, ", ")));
        }
        while (i < line.Length && line[i] == ',' && ++i > 0);

        string? timestamp = null;
        if (i < line.Length)
        {
            Expect(line, ref i, ' ');
            timestamp = line[i..];
        }

        return new Line(measurement, tags, fields, timestamp);
    }

    private static string ScanUntil(string line, ref int i, ReadOnlySpan<char> delimiters)
    {
        var start = i;
        while (i < line.Length && !(delimiters.Contains(line[i]) && (i == 0 || line[i - 1] != '\\')))
        {
            if (line[i] == '\n')
            {
                throw new FormatException($"Raw newline outside a string field at {i}.");
            }

            i++;
        }

        return line[start..i];
    }

    private static string ScanPairsUntil(string line, ref int i, ReadOnlySpan<char> delimiters)
    {
        var start = i;
        while (i < line.Length && !delimiters.Contains(line[i]))
        {
            if (line[i] == '\n')
            {
                throw new FormatException($"Raw newline outside a string field at {i}.");
            }

            i += line[i] == '\\' ? 2 : 1;
        }

        return line[start..Math.Min(i, line.Length)];
    }

    private static string UnescapeFieldKey(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is ',' or '=' or ' ' or '"')
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static string ScanString(string line, ref int i)
    {
        var builder = new StringBuilder();
        i++;
        while (line[i] != '"')
        {
            if (line[i] == '\\' && line[i + 1] is '"' or '\\')
            {
                i++;
            }

            builder.Append(line[i++]);
        }

        i++;
        return builder.ToString();
    }

    private static string Unescape(string text, bool equals)
    {
        var result = text.Replace("\\,", ",", StringComparison.Ordinal).Replace("\\ ", " ", StringComparison.Ordinal);
        return equals ? result.Replace("\\=", "=", StringComparison.Ordinal) : result;
    }

    private static void Expect(string line, ref int i, char expected)
    {
        if (i >= line.Length || line[i] != expected)
        {
            throw new FormatException($"Expected '{expected}' at {i} in: {line}");
        }

        i++;
    }
}
