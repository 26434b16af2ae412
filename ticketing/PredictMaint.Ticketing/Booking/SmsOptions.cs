using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// SMS to customers beside mail. No SMS gateway is bundled: messages are POSTed as signed JSON to
/// <see cref="WebhookUrl"/>, where the operator's gateway adapter (Twilio, Aliyun SMS, a modem…)
/// takes them. Unset = no SMS is queued at all.
/// </summary>
public sealed class SmsOptions
{
    public const string SectionName = "Ticketing:Sms";

    /// <summary>Absolute http(s) URL of the SMS gateway adapter.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>HMAC-SHA256 key for the request signature (16+ characters; required with a URL).</summary>
    [MinLength(16, ErrorMessage = "The SMS signing secret needs at least 16 characters.")]
    public string? SigningSecret { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => WebhookUrl is not null;
}
