using System.Text;

namespace PredictMaint.Platform.Mqtt;

/// <summary>Topic name and filter rules of MQTT 3.1.1 §4.7, plus shared subscriptions (<c>$share/group/filter</c>).</summary>
public static class MqttTopicFilter
{
    private const string SharePrefix = "$share/";

    /// <summary>True when <paramref name="topic"/> matches <paramref name="filter"/>; a shared filter matches like its inner filter.</summary>
    public static bool IsMatch(string filter, string topic)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(topic);
        var inner = StripShare(filter);

        // §4.7.2: filters starting with a wildcard never match topics starting with '$'.
        if (topic.StartsWith('$') && (inner.StartsWith('+') || inner.StartsWith('#')))
        {
            return false;
        }

        var f = inner.AsSpan();
        var t = topic.AsSpan();
        while (true)
        {
            var fEnd = f.IndexOf('/');
            var fLevel = fEnd < 0 ? f : f[..fEnd];
            if (fLevel is "#")
            {
                return true;
            }

            var tEnd = t.IndexOf('/');
            var tLevel = tEnd < 0 ? t : t[..tEnd];
            if (fLevel is not "+" && !fLevel.SequenceEqual(tLevel))
            {
                return false;
            }

            if (fEnd < 0 || tEnd < 0)
            {
                // "a/#" also matches "a": the '#' covers the parent level.
                return fEnd < 0 && tEnd < 0 || (tEnd < 0 && f[(fEnd + 1)..] is "#");
            }

            f = f[(fEnd + 1)..];
            t = t[(tEnd + 1)..];
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="filter"/> is a valid subscription filter.</summary>
    public static void ValidateFilter(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.StartsWith(SharePrefix, StringComparison.Ordinal))
        {
            var rest = filter.AsSpan(SharePrefix.Length);
            var slash = rest.IndexOf('/');
            if (slash <= 0 || rest[..slash].IndexOfAny('+', '#') >= 0)
            {
                throw new ArgumentException($"Shared subscription '{filter}' must look like $share/<group>/<filter> with a group name without wildcards.", nameof(filter));
            }

            ValidateEncoding(filter, nameof(filter));
            ValidateFilterLevels(filter[(SharePrefix.Length + slash + 1)..], filter);
            return;
        }

        ValidateEncoding(filter, nameof(filter));
        ValidateFilterLevels(filter, filter);
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="topic"/> may be published to.</summary>
    public static void ValidateTopicName(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ValidateEncoding(topic, nameof(topic));
        if (topic.AsSpan().IndexOfAny('+', '#') >= 0)
        {
            throw new ArgumentException($"Topic name '{topic}' must not contain the wildcards + or #.", nameof(topic));
        }
    }

    private static void ValidateFilterLevels(string filter, string original)
    {
        if (filter.Length == 0)
        {
            throw new ArgumentException($"Topic filter '{original}' is empty after the share group.", nameof(filter));
        }

        var levels = filter.Split('/');
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            if (level.Contains('#', StringComparison.Ordinal) && (level != "#" || i != levels.Length - 1))
            {
                throw new ArgumentException($"Topic filter '{original}': '#' must be a whole level and the last one.", nameof(filter));
            }

            if (level.Contains('+', StringComparison.Ordinal) && level != "+")
            {
                throw new ArgumentException($"Topic filter '{original}': '+' must occupy a whole level.", nameof(filter));
            }
        }
    }

    private static void ValidateEncoding(string value, string parameterName)
    {
        if (value.Length == 0)
        {
            throw new ArgumentException("Topic names and filters must not be empty.", parameterName);
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{value}' contains U+0000.", parameterName);
        }

        int byteCount;
        try
        {
            byteCount = new UTF8Encoding(false, true).GetByteCount(value);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException($"'{value}' is not valid UTF-16 (lone surrogate).", parameterName, ex);
        }

        if (byteCount > ushort.MaxValue)
        {
            throw new ArgumentException("Topic names and filters are limited to 65535 UTF-8 bytes.", parameterName);
        }
    }

    private static string StripShare(string filter)
    {
        if (!filter.StartsWith(SharePrefix, StringComparison.Ordinal))
        {
            return filter;
        }

        var slash = filter.IndexOf('/', SharePrefix.Length);
        return slash < 0 ? filter : filter[(slash + 1)..];
    }
}
