using System.Globalization;
using System.Text.Json.Serialization;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Api;

/// <summary>A technician as written (<c>PUT /api/technicians/{id}</c>, the directory file) and read.</summary>
public sealed record TechnicianBody
{
    /// <summary>Ignored in a PUT body (the path names the technician); required in the directory file.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("skills")]
    public IReadOnlyList<string>? Skills { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("home_latitude")]
    public double? HomeLatitude { get; init; }

    [JsonPropertyName("home_longitude")]
    public double? HomeLongitude { get; init; }

    /// <summary>Weekly hours on the local clock of the sites visited.</summary>
    [JsonPropertyName("working_hours")]
    public IReadOnlyList<WorkingHoursBody>? WorkingHours { get; init; }

    /// <summary>Whole local dates off, <c>yyyy-MM-dd</c>.</summary>
    [JsonPropertyName("days_off")]
    public IReadOnlyList<string>? DaysOff { get; init; }

    [JsonPropertyName("daily_capacity")]
    public int? DailyCapacity { get; init; }

    /// <summary>Only in answers.</summary>
    [JsonPropertyName("version")]
    public int? Version { get; init; }

    /// <summary>The details, or every problem keyed by JSON field (including <see cref="FieldServiceRules"/>).</summary>
    public (TechnicianDetails? Details, Dictionary<string, string[]> Errors) ToDetails(string? id)
    {
        var hours = new List<WorkingHours>();
        var errors = new Dictionary<string, string[]>();
        foreach (var (entry, index) in (WorkingHours ?? []).Select((e, i) => (e, i)))
        {
            if (!Enum.TryParse<DayOfWeek>(entry.Day, ignoreCase: true, out var day) || int.TryParse(entry.Day, CultureInfo.InvariantCulture, out _)
                || !TimeOnly.TryParseExact(entry.Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(entry.End, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                errors[$"working_hours[{index}]"] = ["Each stretch needs a day (monday…sunday) and start and end as HH:mm."];
                continue;
            }

            hours.Add(new WorkingHours(day, start, end));
        }

        var daysOff = new List<DateOnly>();
        foreach (var text in DaysOff ?? [])
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                daysOff.Add(date);
            }
            else
            {
                errors["days_off"] = ["'days_off' must be dates as yyyy-MM-dd."];
            }
        }

        var details = new TechnicianDetails(
            Name ?? string.Empty, Skills ?? [], Region ?? string.Empty, HomeLatitude ?? double.NaN, HomeLongitude ?? double.NaN,
            new WorkingCalendar(hours, daysOff), DailyCapacity ?? 0);
        foreach (var (field, messages) in FieldServiceRules.Problems(id, details))
        {
            errors.TryAdd(field, messages);
        }

        return (errors.Count == 0 ? details : null, errors);
    }

    public static TechnicianBody From(Technician technician)
    {
        ArgumentNullException.ThrowIfNull(technician);
        return new TechnicianBody
        {
            Id = technician.Id,
            Name = technician.Name,
            Skills = technician.Skills,
            Region = technician.Region,
            HomeLatitude = technician.HomeLatitude,
            HomeLongitude = technician.HomeLongitude,
            WorkingHours = [.. technician.Calendar.Weekly.Select(w => new WorkingHoursBody
            {
                Day = w.Day.ToString().ToLowerInvariant(),
                Start = w.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                End = w.End.ToString("HH:mm", CultureInfo.InvariantCulture),
            })],
            DaysOff = [.. technician.Calendar.DaysOff.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
            DailyCapacity = technician.DailyCapacity,
            Version = technician.Version,
        };
    }
}
