using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Web.Customer;

/// <summary>Where a visit stands, as the customer's status page shows it: booked → technician assigned → on the way → on site → done.</summary>
public static class VisitProgress
{
    public static IReadOnlyList<string> Steps(bool chinese) => chinese
        ? ["已预约", "已安排技术员", "技术员在路上", "技术员已到达", "已完成"]
        : ["Booked", "Technician assigned", "On the way", "On site", "Done"];

    /// <summary>The index of the current step, or null when the ticket is off the path (not booked, cancelled, reopened).</summary>
    public static int? Current(TicketState state) => state switch
    {
        TicketState.Booked => 0,
        TicketState.Assigned => 1,
        TicketState.EnRoute => 2,
        TicketState.OnSite => 3,
        TicketState.Resolved or TicketState.Closed => 4,
        _ => null,
    };

    /// <summary>The headline for a ticket off the path.</summary>
    public static string OffPath(TicketState state, bool chinese) => (state, chinese) switch
    {
        (TicketState.Reopened, false) => "Reopened: our planner will arrange another visit.",
        (TicketState.Reopened, true) => "已重新开启：我们的计划员会安排再次上门。",
        (TicketState.Cancelled or TicketState.Rejected, false) => "This visit was called off.",
        (TicketState.Cancelled or TicketState.Rejected, true) => "此次上门服务已取消。",
        (_, false) => "This visit is not booked yet.",
        (_, true) => "此次上门服务尚未预约。",
    };
}
