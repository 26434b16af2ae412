using System.Net.Http.Json;

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>A technician and a stocked depot for one region, through the admin API, so a site there can be booked.</summary>
public static class FieldCrew
{
    public const string TechnicianName = "Lena Fischer";
    private static readonly string[] Skills = ["filter"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    public static async Task AddAsync(UiServer server, string region, string technicianId, string depotId, int filters)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var admin = server.CreateClient(UiServer.AdminKey);
        await PutAsync(admin, $"/api/technicians/{technicianId}", new Dictionary<string, object>
        {
            ["name"] = TechnicianName, ["skills"] = Skills, ["region"] = region, ["home_latitude"] = 52.5, ["home_longitude"] = 13.4,
            ["daily_capacity"] = 6, ["working_hours"] = Weekdays.Select(d => new Dictionary<string, string> { ["day"] = d, ["start"] = "08:00", ["end"] = "17:00" }).ToArray(),
        });
        await PutAsync(admin, $"/api/depots/{depotId}", new Dictionary<string, object> { ["name"] = "Depot " + region, ["region"] = region, ["latitude"] = 52.5, ["longitude"] = 13.4 });
        await PutAsync(admin, $"/api/depots/{depotId}/stock/FLT-200", new Dictionary<string, object> { ["quantity"] = filters });
    }

    /// <summary>The depot's FLT-200 row: (quantity, reserved).</summary>
    public static async Task<(int Quantity, int Reserved)> FiltersAsync(UiServer server, string depotId)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var planner = server.CreateClient(UiServer.PlannerKey);
        using var json = System.Text.Json.JsonDocument.Parse(await planner.GetStringAsync(new Uri($"/api/depots/{depotId}/stock", UriKind.Relative)));
        var row = json.RootElement.EnumerateArray().Single(r => r.GetProperty("part_number").GetString() == "FLT-200");
        return (row.GetProperty("quantity").GetInt32(), row.GetProperty("reserved").GetInt32());
    }

    private static async Task PutAsync(HttpClient client, string path, Dictionary<string, object> body)
    {
        using var response = await client.PutAsJsonAsync(new Uri(path, UriKind.Relative), body);
        Assert.True(response.IsSuccessStatusCode, $"PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
