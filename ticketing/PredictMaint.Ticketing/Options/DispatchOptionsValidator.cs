using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Options;

/// <summary>Data annotations plus the rules that span fields: secret with URL, known actions in the status map.</summary>
public sealed class DispatchOptionsValidator : IValidateOptions<DispatchOptions>
{
    public ValidateOptionsResult Validate(string? name, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var context = new System.ComponentModel.DataAnnotations.ValidationContext(options);
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, context, results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => r.ErrorMessage ?? "invalid"));
        }

        if (options.WebhookUrl is not null && string.IsNullOrEmpty(options.SigningSecret))
        {
            failures.Add("Ticketing:Dispatch:SigningSecret is required with a WebhookUrl.");
        }

        if (options.InitialBackoff > options.MaxBackoff)
        {
            failures.Add("Ticketing:Dispatch:InitialBackoff must not exceed MaxBackoff.");
        }

        foreach (var (status, action) in options.StatusMap)
        {
            if (!Enum.TryParse<TicketAction>(action, ignoreCase: true, out _) || int.TryParse(action, out _))
            {
                failures.Add($"Ticketing:Dispatch:StatusMap:{status} = '{action}' is not one of {string.Join(", ", Enum.GetNames<TicketAction>())}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
