using System.Text;

namespace PredictMaint.Platform.Influx.LineProtocol;

/// <summary>
/// The escaping rules of InfluxDB line protocol as the Go parser of InfluxDB 1.x/2.x applies them (checked against
/// influxd 1.6):
/// <list type="bullet">
/// <item>measurement: <c>,</c> and space are escaped with a backslash;</item>
/// <item>tag keys, tag values and field keys: <c>,</c>, <c>=</c> and space are escaped;</item>
/// <item>in those four elements a backslash is otherwise literal and NOT doubled (the server keeps <c>\\</c> as two
/// characters);</item>
/// <item>string field values are double-quoted with <c>\"</c> and <c>\\</c>; they may contain newlines (the server
/// keeps them).</item>
/// </list>
/// Rejected with <see cref="ArgumentException"/> because InfluxDB cannot store them back unchanged:
/// <list type="bullet">
/// <item>a newline or carriage return in a measurement, tag or field key (it ends the line);</item>
/// <item>a trailing backslash in those (it would escape the delimiter after it);</item>
/// <item>a backslash directly before <c>,</c>, <c>=</c> or space (and <c>"</c> in field keys): influxd's line splitter
/// and field scanner read a backslash as taking the next character with it while its tag scanner reads only the
/// character before a delimiter, so such a sequence splits lines wrongly when a string field holds a newline, and it
/// is unescaped differently in field keys and measurement names (a measurement written so is never found again);</item>
/// <item>a measurement starting with <c>#</c> (a comment line), the key <c>time</c>, unpaired UTF-16 surrogates.</item>
/// </list>
/// </summary>
internal static class LineProtocolEscaper
{
    public static void ValidateMeasurement(string name)
    {
        ValidateName(name, "measurement", nameof(name));
        RejectBackslashBefore(name, ", ", "measurement", nameof(name));
        if (name[0] == '#')
        {
            throw new ArgumentException($"Measurement '{name}' starts with '#', which line protocol reads as a comment line: choose another name.", nameof(name));
        }
    }

    public static void ValidateKey(string key, string kind, string parameterName)
    {
        ValidateName(key, kind, parameterName);
        if (key == "time")
        {
            throw new ArgumentException($"'time' cannot be a {kind}: InfluxDB reserves it for the timestamp and would drop it. Choose another name.", parameterName);
        }
    }

    public static void ValidateFieldKey(string key, string parameterName)
    {
        ValidateKey(key, "field key", parameterName);
        RejectBackslashBefore(key, ",= \"", "field key", parameterName);
    }

    public static void ValidateTagKey(string key, string parameterName)
    {
        ValidateKey(key, "tag key", parameterName);
        RejectBackslashBefore(key, ",= ", "tag key", parameterName);
    }

    public static void ValidateTagValue(string value, string parameterName)
    {
        ValidateName(value, "tag value", parameterName);
        RejectBackslashBefore(value, ",= ", "tag value", parameterName);
    }

    public static void ValidateStringFieldValue(string value, string parameterName) => EnsureWellFormed(value, "string field value", parameterName);

    public static void AppendMeasurement(StringBuilder builder, string name) => AppendEscaped(builder, name, escapeEquals: false);

    /// <summary>Tag keys, tag values and field keys share one set of rules.</summary>
    public static void AppendKeyOrTagValue(StringBuilder builder, string value) => AppendEscaped(builder, value, escapeEquals: true);

    public static void AppendStringFieldValue(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append('"');
    }

    private static void AppendEscaped(StringBuilder builder, string value, bool escapeEquals)
    {
        foreach (var c in value)
        {
            if (c is ',' or ' ' || (escapeEquals && c == '='))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }

    private static void RejectBackslashBefore(string value, string specials, string kind, string parameterName)
    {
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && specials.Contains(value[i + 1], StringComparison.Ordinal))
            {
                throw new ArgumentException($"The {kind} '{value}' has a backslash before '{value[i + 1]}', which InfluxDB cannot store back unchanged: remove or replace that backslash.", parameterName);
            }
        }
    }

    private static void ValidateName(string value, string kind, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (value.Length == 0)
        {
            throw new ArgumentException($"A {kind} cannot be empty.", parameterName);
        }

        if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            throw new ArgumentException($"The {kind} '{value.ReplaceLineEndings(" ")}' contains a line break, which line protocol cannot carry outside string field values: remove it or store the text in a string field.", parameterName);
        }

        if (value[^1] == '\\')
        {
            throw new ArgumentException($"The {kind} '{value}' ends with a backslash, which InfluxDB would read as escaping the next delimiter: remove or replace the trailing backslash.", parameterName);
        }

        EnsureWellFormed(value, kind, parameterName);
    }

    private static void EnsureWellFormed(string value, string kind, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!IsWellFormedUtf16(value))
        {
            throw new ArgumentException($"The {kind} contains an unpaired UTF-16 surrogate and cannot be encoded as UTF-8 without loss: fix the string at its source.", parameterName);
        }
    }

    internal static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
