using System.Net.Mail;
using System.Text.RegularExpressions;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Domain.Sites;

/// <summary>What makes a site's details acceptable; every problem is reported, keyed by JSON field.</summary>
public static partial class SiteRules
{
    public const int MaxNameLength = 200;

    public static Dictionary<string, string[]> Problems(string? id, SiteDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new Dictionary<string, string[]>();
        if (id is null || !Topics.IsValidId(id))
        {
            errors["id"] = ["The site id must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_' (as in the device topics)."];
        }

        if (string.IsNullOrWhiteSpace(details.CustomerId) || details.CustomerId.Length > 64)
        {
            errors["customer_id"] = ["'customer_id' must be non-empty and at most 64 characters."];
        }

        if (string.IsNullOrWhiteSpace(details.CustomerName) || details.CustomerName.Length > MaxNameLength)
        {
            errors["customer_name"] = [$"'customer_name' must be non-empty and at most {MaxNameLength} characters."];
        }

        if (string.IsNullOrWhiteSpace(details.Region) || details.Region.Length > 64)
        {
            errors["region"] = ["'region' must be non-empty and at most 64 characters."];
        }

        if (string.IsNullOrEmpty(details.TimeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(details.TimeZoneId, out _))
        {
            errors["time_zone"] = [$"'{details.TimeZoneId}' is not a known time zone; use an IANA id such as Europe/Berlin or Asia/Shanghai."];
        }

        if (!double.IsFinite(details.Latitude) || details.Latitude is < -90 or > 90)
        {
            errors["latitude"] = ["'latitude' must be between -90 and 90."];
        }

        if (!double.IsFinite(details.Longitude) || details.Longitude is < -180 or > 180)
        {
            errors["longitude"] = ["'longitude' must be between -180 and 180."];
        }

        if (!SiteLanguages.All.Contains(details.Language))
        {
            errors["language"] = [$"'language' must be one of {string.Join(", ", SiteLanguages.All)}."];
        }

        if (string.IsNullOrEmpty(details.Email) || details.Email.Length > 254 || !MailAddress.TryCreate(details.Email, out var address) || address.Address != details.Email)
        {
            errors["email"] = ["'email' must be a plain address such as name@example.com."];
        }

        if (details.Phone is not null && !PhonePattern().IsMatch(details.Phone))
        {
            errors["phone"] = ["'phone' must be an E.164 number such as +8613800138000."];
        }

        return errors;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhonePattern();
}
