using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Booking;

/// <summary>Data annotations, plus what sending needs once offers are switched on.</summary>
[OptionsValidator]
public sealed partial class OfferOptionsValidator : IValidateOptions<OfferOptions>
{
    public static ValidateOptionsResult ValidateSending(OfferOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.PublicBaseUrl is { IsAbsoluteUri: false })
        {
            failures.Add("Ticketing:Offers:PublicBaseUrl must be an absolute URL (links are built on it).");
        }

        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            failures.Add("Ticketing:Offers:SmtpHost is required when offers are on.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
