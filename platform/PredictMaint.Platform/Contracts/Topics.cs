using System.Buffers;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// The MQTT topic layout shared by devices and services: <c>pm/v1/{site}/{device}/{kind}</c>.
/// Site and device ids are restricted to <c>[A-Za-z0-9_-]</c> so they can never contain
/// topic wildcards or separators.
/// </summary>
public static class Topics
{
    public const string Prefix = "pm/v1";
    public const string Telemetry = "telemetry";
    public const string Status = "status";
    public const string Events = "events";
    public const string Config = "config";

    /// <summary>Where ingest republishes payloads it could not accept, with the reason.</summary>
    public const string DeadLetterPrefix = "pm/v1/_deadletter";

    /// <summary>Every device's telemetry, for one subscriber.</summary>
    public const string AllTelemetry = "pm/v1/+/+/telemetry";

    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string For(string siteId, string deviceId, string kind)
    {
        EnsureValidId(siteId, nameof(siteId));
        EnsureValidId(deviceId, nameof(deviceId));
        return $"{Prefix}/{siteId}/{deviceId}/{kind}";
    }

    /// <summary>The shared-subscription form of <paramref name="filter"/> for a consumer group.</summary>
    public static string Shared(string group, string filter)
    {
        EnsureValidId(group, nameof(group));
        return $"$share/{group}/{filter}";
    }

    /// <summary>Splits a device topic into its site, device and kind; false for any other topic.</summary>
    public static bool TryParse(string topic, out string siteId, out string deviceId, out string kind)
    {
        siteId = deviceId = kind = string.Empty;
        if (!TryParse(topic.AsSpan(), out var site, out var device, out var rest))
        {
            return false;
        }

        (siteId, deviceId, kind) = (site.ToString(), device.ToString(), rest.ToString());
        return true;
    }

    /// <summary>
    /// Splits a device topic without allocating: the parts are slices of <paramref name="topic"/>
    /// (ingest looks at every message's topic before it knows whether the message is its own).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> topic, out ReadOnlySpan<char> siteId, out ReadOnlySpan<char> deviceId, out ReadOnlySpan<char> kind)
    {
        siteId = deviceId = kind = default;
        Span<Range> levels = stackalloc Range[6]; // a sixth level collects whatever a longer topic has left
        if (topic.Split(levels, '/') != 5 || topic[levels[0]] is not "pm" || topic[levels[1]] is not "v1"
            || !IsValidId(topic[levels[2]]) || !IsValidId(topic[levels[3]]))
        {
            return false;
        }

        siteId = topic[levels[2]];
        deviceId = topic[levels[3]];
        kind = topic[levels[4]];
        return true;
    }

    public static bool IsValidId(string value) => IsValidId(value.AsSpan());

    public static bool IsValidId(ReadOnlySpan<char> value) =>
        value.Length is > 0 and <= 64 && !value.ContainsAnyExcept(IdCharacters);

    private static void EnsureValidId(string value, string name)
    {
        if (!IsValidId(value))
        {
            throw new ArgumentException($"'{value}' is not a valid id: use 1-64 characters of A-Z, a-z, 0-9, '-' or '_'.", name);
        }
    }
}
