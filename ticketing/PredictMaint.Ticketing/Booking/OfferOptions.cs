using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Customer booking offers: the mail, its signed link and the relay that sends it. Offers are
/// queued on every approval of a preventive ticket; they are sent only when
/// <see cref="LinkSigningKey"/> is set (then the SMTP settings and <see cref="PublicBaseUrl"/> are required).
/// </summary>
public sealed class OfferOptions
{
    public const string SectionName = "Ticketing:Offers";

    /// <summary>HMAC-SHA256 key for offer links (32+ characters); unset = offers stay queued, unsent.</summary>
    [MinLength(32, ErrorMessage = "The link signing key needs at least 32 characters.")]
    public string? LinkSigningKey { get; set; }

    /// <summary>How long a link in an offer mail works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "60.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a status link (issued at booking and in every step mail) works; each mail carries
    /// a fresh one, so the customer can follow the visit until well after it is done.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "366.00:00:00")]
    public TimeSpan StatusLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Where customers reach this service, e.g. <c>https://service.example.com/</c>; links are built
    /// on it. Unset: the service's own first listening address (right for one machine, wrong behind a proxy).
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The benefit of booking now, per language (<c>en</c>, <c>zh-CN</c>).</summary>
    public IDictionary<string, string> Benefit { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "Preventive visits booked from this offer have free labour; you pay only for the part.",
        ["zh-CN"] = "通过此优惠预约的预防性上门服务免收人工费，您只需支付配件费用。",
    };

    /// <summary>How many slots (all before the latest safe time) the booking and status pages offer at most.</summary>
    [Range(3, 20)]
    public int BookingSlotCount { get; set; } = 6;

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 25;

    [EmailAddress]
    public string From { get; set; } = "service@predictmaint.invalid";

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrEmpty(LinkSigningKey);
}
