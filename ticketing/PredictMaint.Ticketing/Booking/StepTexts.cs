using System.Globalization;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// The words of the visit's step messages (booked, technician assigned, on the way, done) in the
/// customer's language, with times on the site's clock. Hand-written date patterns, as in
/// <see cref="OfferTexts"/> (invariant globalization).
/// </summary>
public static class StepTexts
{
    private static readonly string[] ChineseWeekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>A visit's time window on the site's clock, e.g. "Tuesday 18 March 2031, 09:00–10:00".</summary>
    public static string FormatWindow(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone, string language)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var from = TimeZoneInfo.ConvertTime(start, zone);
        var to = TimeZoneInfo.ConvertTime(end, zone);
        var hours = string.Create(CultureInfo.InvariantCulture, $"{from:HH:mm}–{to:HH:mm}");
        return language == SiteLanguages.SimplifiedChinese
            ? string.Create(CultureInfo.InvariantCulture, $"{from:yyyy}年{from.Month}月{from.Day}日（{ChineseWeekdays[(int)from.DayOfWeek]}）{hours}")
            : string.Create(CultureInfo.InvariantCulture, $"{from:dddd d MMMM yyyy}, {hours}");
    }

    /// <summary>The ticket's booked window, or an empty text when it has none.</summary>
    public static string Window(Ticket ticket, Site site)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(site);
        return ticket.SlotStart is { } start && ticket.SlotEnd is { } end ? FormatWindow(start, end, site.TimeZone, site.Language) : string.Empty;
    }

    /// <summary>Subject, mail body and SMS text of one step message.</summary>
    public static (string Subject, string Body, string Sms) Compose(CustomerMessageKind kind, Ticket ticket, Site site, string? technicianName, Uri statusLink)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(site);
        var chinese = site.Language == SiteLanguages.SimplifiedChinese;
        var part = OfferTexts.ComponentName(ticket.Component, site.Language);
        var window = Window(ticket, site);
        var who = string.IsNullOrWhiteSpace(technicianName) ? (chinese ? "我们的技术员" : "Our technician") : technicianName;
        var (subject, line) = (kind, chinese) switch
        {
            (CustomerMessageKind.Booked, false) => ($"Your {part} visit is booked: {window}", $"Your visit to replace the {part} in your water purifier ({ticket.DeviceId}) is booked for {window} (your local time). We will tell you who is coming and when they are on the way."),
            (CustomerMessageKind.Assigned, false) => ($"{who} will do your {part} visit on {window}", $"{who} is assigned to your visit on {window} (your local time) for the water purifier {ticket.DeviceId}."),
            (CustomerMessageKind.OnTheWay, false) => ($"{who} is on the way", $"{who} has set off to you for the visit to your water purifier ({ticket.DeviceId}) booked for {window} (your local time)."),
            (CustomerMessageKind.Done, false) => ($"Your {part} visit is done: please confirm", $"{who} has recorded the work on your water purifier ({ticket.DeviceId}) as done. Please confirm it, or tell us within 24 hours if something is still wrong, and rate the visit."),
            (CustomerMessageKind.Booked, true) => ($"您的{part}上门服务已预约：{window}", $"您的净水设备（{ticket.DeviceId}）的{part}更换已预约在 {window}（当地时间）。技术员确定及出发时我们会通知您。"),
            (CustomerMessageKind.Assigned, true) => ($"{who}将于 {window} 为您上门服务", $"{who}已被安排在 {window}（当地时间）为您的净水设备 {ticket.DeviceId} 上门服务。"),
            (CustomerMessageKind.OnTheWay, true) => ($"{who}正在前往您处", $"{who}已出发，前往为您的净水设备（{ticket.DeviceId}）进行预约在 {window}（当地时间）的上门服务。"),
            (CustomerMessageKind.Done, true) => ($"您的{part}上门服务已完成，请确认", $"{who}已记录您的净水设备（{ticket.DeviceId}）的维修已完成。请确认，或在 24 小时内告诉我们仍有问题，并为本次服务评分。"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a step message."),
        };
        var body = chinese
            ? $"{site.CustomerName}，您好：\n\n{line}\n\n查看或更改您的预约：\n{statusLink}\n"
            : $"Dear {site.CustomerName},\n\n{line}\n\nFollow or change your booking:\n{statusLink}\n";
        return (subject, body, $"{subject}. {statusLink}");
    }
}
