using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Domain.Kpi;

/// <summary>Median and 90th percentile (nearest rank: the smallest value with at least p of the sample at or below it), in hours.</summary>
public sealed record Distribution([property: JsonPropertyName("count")] int Count, [property: JsonPropertyName("median_hours")] double? MedianHours, [property: JsonPropertyName("p90_hours")] double? P90Hours)
{
    public static Distribution Of(IEnumerable<TimeSpan> durations)
    {
        var hours = durations.Select(d => d.TotalHours).Order().ToArray();
        return hours.Length == 0 ? new(0, null, null) : new(hours.Length, Rank(hours, 0.5), Rank(hours, 0.9));
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
