using System.Globalization;
using System.Text.RegularExpressions;

namespace PredictMaint.EndToEnd.Tests.Fixtures;

/// <summary>One scrape of a service's <c>/metrics</c> (Prometheus text format), read by sample.</summary>
public sealed partial class MetricsScrape(string text)
{
    public string Text => text;

    /// <summary>The value of a sample written exactly as <paramref name="sample"/> (name and labels); 0 when absent.</summary>
    public double Value(string sample)
    {
        foreach (Match match in SampleLine().Matches(text))
        {
            if (match.Groups["sample"].Value == sample)
            {
                return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public static async Task<MetricsScrape> ReadAsync(HttpClient http, Uri service, string? bearerKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(service, "metrics"));
        if (bearerKey is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return new MetricsScrape(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public override string ToString() => text;

    [GeneratedRegex(@"^(?<sample>[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})?) (?<value>\S+)$", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
