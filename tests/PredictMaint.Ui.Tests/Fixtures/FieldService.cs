using System.Globalization;
using System.Text;
using System.Text.Json;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>Directory entries and ticket walks through the real API, for the planner pages' tests.</summary>
public static class FieldService
{
    /// <summary>Monday 2031-03-17 09:00 in Berlin, a working hour after the UI server's clock (Friday 2031-03-14).</summary>
    public static readonly DateTimeOffset MondayNineBerlin = new(2031, 3, 17, 8, 0, 0, TimeSpan.Zero);

    public static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A filter technician working 08:00-17:00 every day (on the site's clock).</summary>
    public static Task PutTechnicianAsync(this UiServer server, string id, string name, string region) =>
        PutAsync(server, $"/api/technicians/{id}", $$"""
            {"name":"{{name}}","skills":["filter"],"region":"{{region}}","home_latitude":52.5,"home_longitude":13.4,"daily_capacity":6,
             "working_hours":[{{string.Join(',', Enum.GetNames<DayOfWeek>().Select(d => $$"""{"day":"{{d.ToLowerInvariant()}}","start":"08:00","end":"17:00"}"""))}}]}
            """);

    public static async Task PutDepotAsync(this UiServer server, string id, string region, int filters)
    {
        await PutAsync(server, $"/api/depots/{id}", $$"""{"name":"Depot {{id}}","region":"{{region}}","latitude":52.5,"longitude":13.4}""");
        await PutAsync(server, $"/api/depots/{id}/stock/FLT-200", string.Create(CultureInfo.InvariantCulture, $$"""{"quantity":{{filters}}}"""));
    }

    /// <summary>
    /// Approves the ticket, waits for the offer relay to mail the customer and mark it Offered (every
    /// test site has an address; offering by hand would race the relay), then books it at
    /// <paramref name="start"/> with <paramref name="technicianId"/>.
    /// </summary>
    public static async Task BookAsync(this UiServer server, Guid ticketId, DateTimeOffset start, string technicianId)
    {
        ArgumentNullException.ThrowIfNull(server);
        await server.TransitionAsync(UiServer.PlannerKey, ticketId, """{"action":"approve"}""");
        await Eventually.WaitAsync(() => server.StateOfAsync(ticketId), s => s == "Offered", TimeSpan.FromSeconds(30), "the offer relay to mark the ticket Offered");
        await server.TransitionAsync(UiServer.PlannerKey, ticketId, $$"""{"action":"book","slot_start":"{{start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}","technician_id":"{{technicianId}}"}""");
    }

    /// <summary>Takes a booked ticket through assign, depart, arrive and resolve with the finding given.</summary>
    public static async Task ResolveAsync(this UiServer server, Guid ticketId, string technicianId, string condition)
    {
        await server.TransitionAsync(UiServer.PlannerKey, ticketId, $$"""{"action":"assign","technician_id":"{{technicianId}}"}""");
        await server.TransitionAsync(UiServer.DispatchKey, ticketId, """{"action":"depart"}""");
        await server.TransitionAsync(UiServer.DispatchKey, ticketId, """{"action":"arrive"}""");
        await server.TransitionAsync(UiServer.DispatchKey, ticketId, """{"action":"resolve","findings":{"part_replaced":"FLT-200","condition":"CONDITION","readings_after_fix":{"pressure_drop_kpa":20.5}}}""".Replace("CONDITION", condition, StringComparison.Ordinal));
    }

    /// <summary>One transition at the ticket's current version; fails the test when refused.</summary>
    public static async Task TransitionAsync(this UiServer server, string key, Guid ticketId, string json)
    {
        ArgumentNullException.ThrowIfNull(server);
        var version = (await server.TicketAsync(ticketId)).GetProperty("version").GetInt32();
        using var client = server.CreateClient(key);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tickets/{ticketId}/transitions", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{json}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>GET as the planner key, parsed.</summary>
    public static async Task<JsonElement> GetJsonAsync(this UiServer server, string path)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = server.CreateClient(UiServer.PlannerKey);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        return json.RootElement.Clone();
    }

    private static async Task PutAsync(UiServer server, string path, string json)
    {
        using var client = server.CreateClient(UiServer.AdminKey);
        using var response = await client.PutAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
