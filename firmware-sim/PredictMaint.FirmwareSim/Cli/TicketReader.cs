using System.Net.Http.Headers;
using System.Text.Json;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>Reads the tickets from ticketing's <c>GET /api/tickets</c> with a planner key.</summary>
internal static class TicketReader
{
    public static async Task<IReadOnlyList<TicketView>> ReadAsync(HttpClient http, Uri baseUrl, string key, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "api/tickets"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET /api/tickets answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)} — check the planner API key.");
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return document.RootElement.EnumerateArray().Select(t => new TicketView(
            t.GetProperty("device").GetString()!,
            t.GetProperty("component").GetString()!,
            t.GetProperty("created_at").GetDateTimeOffset(),
            t.GetProperty("predicted_failure_at").GetDateTimeOffset())).ToArray();
    }
}
