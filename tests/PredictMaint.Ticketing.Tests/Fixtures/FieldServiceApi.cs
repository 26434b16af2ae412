using System.Globalization;
using System.Net.Http.Json;
using PredictMaint.Ticketing.Api;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>Sets up an isolated corner of the field-service directory through the API (an admin client).</summary>
public static class FieldServiceApi
{
    /// <summary>Monday 2040-01-02 09:00 in Berlin: a working hour on the first weekday after the test clock's start.</summary>
    public static readonly DateTimeOffset MondayNineBerlin = new(2040, 1, 2, 8, 0, 0, TimeSpan.Zero);

    public static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    public static Task PutSiteAsync(this HttpClient admin, string siteId, string region) =>
        PutAsync(admin, $"/api/sites/{siteId}", $$"""{"customer_id":"c-{{siteId}}","customer_name":"Customer","region":"{{region}}","time_zone":"Europe/Berlin","latitude":52.52,"longitude":13.40,"language":"en","email":"site@example.com"}""");

    public static Task PutTechnicianAsync(this HttpClient admin, string id, string region, string skill = "filter", double latitude = 52.5, double longitude = 13.4) =>
        PutAsync(admin, $"/api/technicians/{id}", string.Create(CultureInfo.InvariantCulture, $$"""
            {"name":"Tech {{id}}","skills":["{{skill}}"],"region":"{{region}}","home_latitude":{{latitude}},"home_longitude":{{longitude}},"daily_capacity":4,
             "working_hours":[{"day":"monday","start":"08:00","end":"17:00"},{"day":"tuesday","start":"08:00","end":"17:00"},{"day":"wednesday","start":"08:00","end":"17:00"},{"day":"thursday","start":"08:00","end":"17:00"},{"day":"friday","start":"08:00","end":"17:00"}]}
            """));

    public static async Task PutDepotAsync(this HttpClient admin, string id, string region, int filters, double latitude = 52.5, double longitude = 13.4)
    {
        await PutAsync(admin, $"/api/depots/{id}", string.Create(CultureInfo.InvariantCulture, $$"""{"name":"Depot {{id}}","region":"{{region}}","latitude":{{latitude}},"longitude":{{longitude}}}"""));
        await PutAsync(admin, $"/api/depots/{id}/stock/FLT-200", string.Create(CultureInfo.InvariantCulture, $$"""{"quantity":{{filters}}}"""));
    }

    public static async Task<StockBody> FilterStockAsync(this HttpClient client, string depotId)
    {
        var stock = await client.GetFromJsonAsync(new Uri($"/api/depots/{depotId}/stock", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListStockBody);
        return stock!.Single(s => s.PartNumber == "FLT-200");
    }

    /// <summary>A ticket (filter unless told) at <paramref name="siteId"/>, approved and offered, due 100 h after the server clock.</summary>
    public static async Task<TicketDto> OfferedTicketAsync(this TicketingServer server, string siteId, string component = "filter")
    {
        ArgumentNullException.ThrowIfNull(server);
        using var predictor = server.CreateClient(TicketingServer.PredictorKey);
        using var planner = server.CreateClient(TicketingServer.PlannerKey);
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId(), component, issuedAt: server.Clock.Now) with { SiteId = siteId });
        var ticket = await posted.ReadTicketAsync();
        ticket = await planner.TransitionOkAsync(ticket, """{"action":"approve"}""");
        return await planner.TransitionOkAsync(ticket, """{"action":"offer"}""");
    }

    public static string Book(DateTimeOffset start, string? depotId = null) =>
        $$"""{"action":"book","slot_start":"{{start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"{{(depotId is null ? string.Empty : $",\"depot_id\":\"{depotId}\"")}}}""";

    private static async Task PutAsync(HttpClient client, string path, string json)
    {
        using var response = await client.PutAsync(new Uri(path, UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"PUT {path} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
