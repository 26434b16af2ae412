using System.Text;
using PredictMaint.Platform.Influx.LineProtocol;

namespace PredictMaint.Platform.Influx;

/// <summary>
/// Quoting for building InfluxQL safely. Prefer bind parameters (<c>$name</c> with
/// <see cref="InfluxClient.QueryAsync(string, IReadOnlyDictionary{string, object}, CancellationToken)"/>) for values;
/// identifiers (databases, measurements, tag keys) can only be quoted.
/// The InfluxQL scanner knows four escapes: <c>\\</c>, <c>\'</c>, <c>\"</c> and <c>\n</c>. It turns a raw carriage
/// return into a newline, rejects raw newlines and reads NUL as the end of input, so newlines are written as
/// <c>\n</c> while carriage returns and NUL (which have no escape) are rejected with <see cref="ArgumentException"/>;
/// send such values as bind parameters.
/// </summary>
public static class InfluxQl
{
    /// <summary>A double-quoted identifier, e.g. <c>"my \"db\""</c>.</summary>
    public static string QuoteIdentifier(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (identifier.Length == 0)
        {
            throw new ArgumentException("An InfluxQL identifier cannot be empty.", nameof(identifier));
        }

        return Quote(identifier, '"', nameof(identifier));
    }

    /// <summary>A single-quoted string literal, e.g. <c>'it\'s'</c>.</summary>
    public static string QuoteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Quote(value, '\'', nameof(value));
    }

    private static string Quote(string text, char quote, string parameterName)
    {
        if (text.AsSpan().IndexOfAny('\r', '\0') >= 0)
        {
            // The scanner turns CR into LF (which a quoted token may not hold) and reads NUL as end of input.
            throw new ArgumentException("InfluxQL cannot carry a carriage return or NUL character in a quoted string or identifier: pass the value as a bind parameter instead.", parameterName);
        }

        if (!LineProtocolEscaper.IsWellFormedUtf16(text))
        {
            throw new ArgumentException("The text contains an unpaired UTF-16 surrogate and cannot be sent as UTF-8 without loss.", parameterName);
        }

        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\n' => builder.Append(@"\n"),
                _ when c == quote => builder.Append('\\').Append(c),
                _ => builder.Append(c),
            };
        }

        return builder.Append(quote).ToString();
    }
}
