using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>
/// The configured <see cref="SlaPolicy"/> and the business calendar for a site's time zone and
/// region, built once per pair (time zone lookups and holiday sets are not free).
/// </summary>
public sealed class SlaSettings
{
    private readonly SlaOptions options;
    private readonly ConcurrentDictionary<(string Zone, string Region), BusinessCalendar> calendars = new();

    public SlaSettings(IOptions<SlaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        Policy = new SlaPolicy(
            Enum.GetValues<Priority>().ToDictionary(p => p, p => this.options.Targets.TryGetValue(p.ToString(), out var t) ? new SlaTargets(t.Response, t.Resolution) : throw new OptionsValidationException(SlaOptions.SectionName, typeof(SlaOptions), [$"No target for {p}."])),
            this.options.WarningFraction,
            this.options.EscalationInterval);
    }

    public SlaPolicy Policy { get; }

    public string DefaultTimeZone => options.DefaultTimeZone;

    public BusinessCalendar CalendarFor(string timeZoneId, string? region) =>
        calendars.GetOrAdd((timeZoneId, region ?? string.Empty), key =>
        {
            var source = options.Regions.TryGetValue(key.Region, out var own) ? own : options.Calendar;
            return Build(TimeZoneInfo.FindSystemTimeZoneById(key.Zone), source);
        });

    public static BusinessCalendar Build(TimeZoneInfo zone, BusinessCalendarOptions calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var hours = new Dictionary<DayOfWeek, WorkingHours>();
        foreach (var (day, text) in calendar.Hours)
        {
            if (!TryParseHours(text, out var parsed))
            {
                throw new FormatException($"Opening hours '{text}' for {day} are not HH:mm-HH:mm.");
            }

            if (parsed is { } open)
            {
                hours[day] = open;
            }
        }

        return new BusinessCalendar(zone, hours, calendar.Holidays.ToHashSet());
    }

    /// <summary><c>HH:mm-HH:mm</c> with the end after the start; empty means closed (null).</summary>
    public static bool TryParseHours(string? text, out WorkingHours? hours)
    {
        hours = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && end > start)
        {
            hours = new WorkingHours(start, end);
            return true;
        }

        return false;
    }
}
