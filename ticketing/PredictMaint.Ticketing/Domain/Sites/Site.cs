namespace PredictMaint.Ticketing.Domain.Sites;

/// <summary>
/// Where devices stand and whom to talk to about them: the customer, their region (for
/// technicians and SLA), the site's time zone (business hours, dates in mails), the customer's
/// language and contact. Tickets refer to a site by <see cref="Id"/>, the same id the devices use
/// in their MQTT topics.
/// </summary>
public sealed class Site
{
    private Site()
    {
        Id = CustomerId = CustomerName = Region = TimeZoneId = Language = Email = string.Empty;
    }

    public string Id { get; private set; }

    public string CustomerId { get; private set; }

    public string CustomerName { get; private set; }

    public string Region { get; private set; }

    /// <summary>IANA time zone id (e.g. <c>Asia/Shanghai</c>).</summary>
    public string TimeZoneId { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>One of <see cref="SiteLanguages.All"/>: the language of mails and booking pages.</summary>
    public string Language { get; private set; }

    public string Email { get; private set; }

    /// <summary>E.164 number for SMS offers, when the customer gave one.</summary>
    public string? Phone { get; private set; }

    /// <summary>Incremented on every change.</summary>
    public int Version { get; private set; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static Site Create(string id, SiteDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var site = new Site { Id = id };
        site.Apply(details);
        return site;
    }

    /// <summary>Replaces the details; returns false (and changes nothing) when they are the same.</summary>
    public bool Update(SiteDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details == Details)
        {
            return false;
        }

        Apply(details);
        return true;
    }

    public SiteDetails Details => new(CustomerId, CustomerName, Region, TimeZoneId, Latitude, Longitude, Language, Email, Phone);

    private void Apply(SiteDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        CustomerId = details.CustomerId;
        CustomerName = details.CustomerName;
        Region = details.Region;
        TimeZoneId = details.TimeZoneId;
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        Language = details.Language;
        Email = details.Email;
        Phone = details.Phone;
        Version++;
    }
}
