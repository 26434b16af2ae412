using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PredictMaint.Benchmarks.Ticketing;

/// <summary>
/// One bench client: raises a ticket with a prediction for a fresh device, then walks it
/// approve → offer → book → assign → depart → arrive → resolve → close through the HTTP API
/// (If-Match with the version each answer returns), and starts over until told to stop.
/// </summary>
internal sealed class TicketWalker(HttpClient http, int client)
{
    private static readonly DateTimeOffset FirstSlot = new(2031, 3, 15, 0, 0, 0, TimeSpan.Zero);
    private static int bookings;
    private int device;

    /// <summary>Latency in milliseconds of every successful call while <paramref name="recording"/> says so.</summary>
    public List<double> Latencies { get; } = [];

    public int Transitions { get; private set; }

    public int Errors { get; private set; }

    public async Task RunAsync(Func<bool> recording, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var deviceId = string.Create(CultureInfo.InvariantCulture, $"bench-{client}-{device++}-{Guid.NewGuid():N}");
            var (id, version) = await CallAsync(recording(), TicketingProcess.PredictorKey, "api/predictions", Prediction(deviceId), null);
            foreach (var (key, body) in Walk(Interlocked.Increment(ref bookings)))
            {
                if (id is null || stop.IsCancellationRequested)
                {
                    break;
                }

                var record = recording();
                (id, version) = await CallAsync(record, key, $"api/tickets/{id}/transitions", body, version);
                Transitions += record && id is not null ? 1 : 0;
            }
        }
    }

    private async Task<(string? Id, int Version)> CallAsync(bool record, string key, string path, string body, int? version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{v}\"")));
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Errors += record ? 1 : 0;
                Console.Error.WriteLine($"  client {client}: {(int)response.StatusCode} on {path}: {text[..Math.Min(200, text.Length)]}");
                return (null, 0);
            }

            if (record)
            {
                Latencies.Add(elapsed);
            }

            using var json = JsonDocument.Parse(text);
            return (json.RootElement.GetProperty("id").GetString(), json.RootElement.GetProperty("version").GetInt32());
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Errors += record ? 1 : 0;
            Console.Error.WriteLine($"  client {client}: {exception.Message}");
            return (null, 0);
        }
    }

    /// <summary>
    /// The transitions of one ticket. Booking n takes technician n mod crew at the (n / crew)-th working hour after
    /// <see cref="FirstSlot"/>, so bookings never collide and no technician exceeds a job an hour.
    /// </summary>
    private static (string Key, string Body)[] Walk(int booking)
    {
        var technician = string.Create(CultureInfo.InvariantCulture, $"tech-{booking % BenchDirectory.Crew}");
        // 23 one-hour jobs a day: the last working minute is 23:59, so a job may not start at 23:00.
        var hour = booking / BenchDirectory.Crew;
        var slot = FirstSlot.AddDays(hour / 23).AddHours(hour % 23).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return
        [
            (TicketingProcess.PlannerKey, """{"action":"approve"}"""),
            (TicketingProcess.PlannerKey, """{"action":"offer"}"""),
            (TicketingProcess.PlannerKey, $$"""{"action":"book","slot_start":"{{slot}}","technician_id":"{{technician}}"}"""),
            (TicketingProcess.PlannerKey, $$"""{"action":"assign","technician_id":"{{technician}}"}"""),
            (TicketingProcess.TechnicianKey, """{"action":"depart"}"""),
            (TicketingProcess.TechnicianKey, """{"action":"arrive"}"""),
            (TicketingProcess.TechnicianKey, """{"action":"resolve","findings":{"part_replaced":"FLT-200","condition":"confirms_prediction","readings_after_fix":{"pressure_drop_kpa":20.5}}}"""),
            (TicketingProcess.PlannerKey, """{"action":"close","customer_confirmed":true}"""),
        ];
    }

    private static string Prediction(string deviceId) =>
        $$"""{"site":"bench-site","device":"{{deviceId}}","component":"filter","issued_at":"2031-03-14T08:00:00Z","predicted_failure_at":"2035-03-18T08:00:00Z","failure_window_start":"2035-03-17T08:00:00Z","failure_window_end":"2035-03-19T08:00:00Z","confidence":0.8,"model_version":"rul-bench","reason":"bench"}""";
}
