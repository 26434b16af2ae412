namespace PredictMaint.Ticketing.Api;

/// <summary>Parses enum names as the API writes them: "false_alarm", "FalseAlarm", "falsealarm". Never numbers.</summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? value, out T result)
        where T : struct, Enum
    {
        var wanted = value?.Replace("_", string.Empty, StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }

    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
