using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Booking;

/// <summary>Data annotations, plus a secret and an absolute http(s) URL once SMS is on.</summary>
[OptionsValidator]
public sealed partial class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    public static ValidateOptionsResult ValidateWebhook(SmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.WebhookUrl is not { } url)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Ticketing:Sms:WebhookUrl must be an absolute http or https URL.");
        }

        if (string.IsNullOrEmpty(options.SigningSecret))
        {
            failures.Add("Ticketing:Sms:SigningSecret is required with a WebhookUrl.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
