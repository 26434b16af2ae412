using System.Globalization;
using System.Text;

namespace PredictMaint.Benchmarks.Ticketing;

/// <summary>
/// The site, crew and stocked depot the bench tickets are booked against (field-service rules
/// refuse a booking without them): a directory file the service imports at start.
/// </summary>
internal static class BenchDirectory
{
    public const int Crew = 20;

    public static string Write()
    {
        var days = string.Join(",", Enum.GetNames<DayOfWeek>().Select(d => $$"""{"day":"{{d.ToLowerInvariant()}}","start":"00:00","end":"23:59"}"""));
        var technicians = string.Join(",\n", Enumerable.Range(0, Crew).Select(i => string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":"tech-{{i}}","name":"Bench technician {{i}}","skills":["filter"],"region":"bench","home_latitude":31.2,"home_longitude":121.4,"working_hours":[{{days}}],"daily_capacity":50}""")));
        var json = new StringBuilder()
            .Append("""{"sites":[{"id":"bench-site","customer_id":"bench","customer_name":"Bench customer","region":"bench","time_zone":"UTC","latitude":31.2,"longitude":121.4,"language":"en","email":"bench@example.com"}],""")
            .Append("\"technicians\":[").Append(technicians).Append("],")
            .Append("""  "depots":[{"id":"depot-bench","name":"Bench depot","region":"bench","latitude":31.2,"longitude":121.4,"stock":{"FLT-200":10000000}}]}""");
        var path = Path.Combine(Path.GetTempPath(), $"pm-bench-directory-{Environment.ProcessId}.json");
        File.WriteAllText(path, json.ToString());
        return path;
    }
}
