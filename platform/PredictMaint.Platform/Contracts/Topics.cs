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
        var parts = topic.Split('/');
        if (parts.Length != 5 || parts[0] != "pm" || parts[1] != "v1" || !IsValidId(parts[2]) || !IsValidId(parts[3]))
        {
            return false;
        }

        (siteId, deviceId, kind) = (parts[2], parts[3], parts[4]);
        return true;
    }

    public static bool IsValidId(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static void EnsureValidId(string value, string name)
    {
        if (!IsValidId(value))
        {
            throw new ArgumentException($"'{value}' is not a valid id: use 1-64 characters of A-Z, a-z, 0-9, '-' or '_'.", name);
        }
    }
}
