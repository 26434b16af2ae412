using System.Globalization;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// The words of an offer in the customer's language (en, zh-CN). Dates are written by hand
/// patterns: the service runs with invariant globalization, so there is no culture data to lean on.
/// </summary>
public static class OfferTexts
{
    /// <summary>
    /// The last day to have the visit: the day before the earliest plausible failure (the start of
    /// the predicted window), in the site's own time zone.
    /// </summary>
    public static DateOnly LatestSafeDate(Ticket ticket, TimeZoneInfo siteZone)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var local = TimeZoneInfo.ConvertTime(ticket.FailureWindowStart, siteZone);
        return DateOnly.FromDateTime(local.Date).AddDays(-1);
    }

    public static string FormatDate(DateOnly date, string language) =>
        language == SiteLanguages.SimplifiedChinese
            ? date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
            : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ComponentName(string component, string language) => (component, language == SiteLanguages.SimplifiedChinese) switch
    {
        ("filter", true) => "滤芯",
        ("pump", true) => "水泵",
        ("bearing", true) => "轴承",
        ("filter", false) => "filter",
        ("pump", false) => "pump",
        ("bearing", false) => "pump bearing",
        _ => component,
    };

    /// <summary>The plain-language reason: no kPa or model names, just what will happen and by when.</summary>
    public static string Reason(Ticket ticket, DateOnly latestSafe, string language)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var part = ComponentName(ticket.Component, language);
        var failsFrom = FormatDate(latestSafe.AddDays(1), language);
        return language == SiteLanguages.SimplifiedChinese
            ? $"我们的远程监测显示，您的净水设备（{ticket.DeviceId}）的{part}正在逐渐老化，最早可能在 {failsFrom} 出现故障。"
            : $"Our remote monitoring shows that the {part} in your water purifier ({ticket.DeviceId}) is wearing out and could fail from {failsFrom} on.";
    }

    public static OfferMessage Compose(Ticket ticket, Site site, string benefit, Uri link)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(link);
        var language = site.Language;
        var latestSafe = LatestSafeDate(ticket, site.TimeZone);
        var date = FormatDate(latestSafe, language);
        var reason = Reason(ticket, latestSafe, language);
        if (language == SiteLanguages.SimplifiedChinese)
        {
            return new OfferMessage(
                site.Email,
                language,
                $"请在 {date} 前预约{ComponentName(ticket.Component, language)}更换",
                $"{site.CustomerName}，您好：\n\n{reason}\n\n请在 {date}（最晚安全日期）之前安排上门服务，以免设备停机。\n{benefit}\n\n预约或告诉我们您不需要此服务：\n{link}\n\n此链接仅供您使用，过期后失效。\n");
        }

        return new OfferMessage(
            site.Email,
            language,
            $"Book your {ComponentName(ticket.Component, language)} replacement before {date}",
            $"Dear {site.CustomerName},\n\n{reason}\n\nPlease have it replaced on or before {date} (the latest safe date) to avoid a breakdown.\n{benefit}\n\nBook a visit, or tell us you do not want one:\n{link}\n\nThis link is for you only and stops working after a while.\n");
    }
}
