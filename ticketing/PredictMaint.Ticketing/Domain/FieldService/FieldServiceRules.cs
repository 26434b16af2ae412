using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>What makes technicians, depots and stock counts acceptable; every problem keyed by JSON field.</summary>
public static class FieldServiceRules
{
    public const int MaxNameLength = 200;
    public const int MaxDailyCapacity = 50;

    public static Dictionary<string, string[]> Problems(string? id, TechnicianDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = Common(id, details.Name, details.Region, details.HomeLatitude, details.HomeLongitude, "home_latitude", "home_longitude");
        if (details.Skills.Count == 0 || details.Skills.Any(s => !Topics.IsValidId(s)))
        {
            errors["skills"] = ["'skills' must list at least one skill, each 1-64 characters of A-Z, a-z, 0-9, '-' or '_'."];
        }

        if (details.DailyCapacity is < 1 or > MaxDailyCapacity)
        {
            errors["daily_capacity"] = [$"'daily_capacity' must be between 1 and {MaxDailyCapacity} jobs."];
        }

        if (details.Calendar.Weekly.Count == 0 || details.Calendar.Weekly.Any(w => w.End <= w.Start))
        {
            errors["working_hours"] = ["'working_hours' must list at least one stretch, each ending after it starts (e.g. {\"day\":\"monday\",\"start\":\"08:00\",\"end\":\"17:00\"})."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Problems(string? id, DepotDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return Common(id, details.Name, details.Region, details.Latitude, details.Longitude, "latitude", "longitude");
    }

    public static bool IsPartNumber(string? value) => value is not null && Topics.IsValidId(value);

    private static Dictionary<string, string[]> Common(string? id, string name, string region, double latitude, double longitude, string latitudeField, string longitudeField)
    {
        var errors = new Dictionary<string, string[]>();
        if (id is null || !Topics.IsValidId(id))
        {
            errors["id"] = ["The id must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'."];
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            errors["name"] = [$"'name' must be non-empty and at most {MaxNameLength} characters."];
        }

        if (string.IsNullOrWhiteSpace(region) || region.Length > 64)
        {
            errors["region"] = ["'region' must be non-empty and at most 64 characters."];
        }

        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            errors[latitudeField] = [$"'{latitudeField}' must be between -90 and 90."];
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            errors[longitudeField] = [$"'{longitudeField}' must be between -180 and 180."];
        }

        return errors;
    }
}
