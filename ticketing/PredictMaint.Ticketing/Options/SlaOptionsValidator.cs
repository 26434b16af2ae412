using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sla;

namespace PredictMaint.Ticketing.Options;

/// <summary>Every priority has positive targets, time zones exist, every calendar opens at least one day.</summary>
public sealed class SlaOptionsValidator : IValidateOptions<SlaOptions>
{
    public ValidateOptionsResult Validate(string? name, SlaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var priority in Enum.GetValues<Priority>())
        {
            if (!options.Targets.TryGetValue(priority.ToString(), out var target))
            {
                errors.Add($"Sla:Targets:{priority} is missing.");
            }
            else if (target.Response <= TimeSpan.Zero || target.Resolution < target.Response)
            {
                errors.Add($"Sla:Targets:{priority} needs a positive Response and a Resolution no shorter than it.");
            }
        }

        if (options.WarningFraction is <= 0 or >= 1)
        {
            errors.Add("Sla:WarningFraction must be between 0 and 1 (exclusive).");
        }

        if (options.EscalationInterval <= TimeSpan.Zero || options.EvaluationInterval <= TimeSpan.Zero)
        {
            errors.Add("Sla:EscalationInterval and Sla:EvaluationInterval must be positive.");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            errors.Add("Sla:BatchSize must be between 1 and 10000.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.DefaultTimeZone, out _))
        {
            errors.Add($"Sla:DefaultTimeZone '{options.DefaultTimeZone}' is not a known time zone.");
        }

        foreach (var (region, calendar) in options.Regions.Prepend(new("(default)", options.Calendar)))
        {
            try
            {
                SlaSettings.Build(TimeZoneInfo.Utc, calendar);
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                errors.Add($"Sla calendar {region}: {exception.Message}");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
