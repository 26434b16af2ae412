using Microsoft.EntityFrameworkCore;
using PredictMaint.Platform.Metrics;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Metrics;

/// <summary>
/// Renders <c>GET /metrics</c>: this instance's counters (<see cref="TicketingMetrics"/>) and
/// gauges of the shared database, read at scrape time with a few grouped counts. With several
/// instances on one database the gauges are the same on each (aggregate them with max, not sum);
/// the counters are per instance (sum them).
/// </summary>
public static class TicketingMetricsText
{
    private static readonly string[] StatusClasses = ["1xx", "2xx", "3xx", "4xx", "5xx"];

    public static async Task<string> RenderAsync(TicketingMetrics metrics, TicketingDbContext db, DeliveryCircuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(circuit);
        var states = await db.Tickets.AsNoTracking().GroupBy(t => t.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken);
        var outbox = await OutboxBacklog.ReadAsync(db, cancellationToken);
        var messages = await db.OfferNotifications.AsNoTracking()
            .Where(n => n.Status == OfferNotificationStatus.Pending || n.Status == OfferNotificationStatus.Failed)
            .GroupBy(n => n.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var http = metrics.HttpRequestsByClass;

        return new PrometheusWriter()
            .Gauge(
                "pm_ticketing_tickets",
                "Tickets in the database by state (shared by all instances).",
                Enum.GetValues<TicketState>().Select(s => MetricSample.Of("state", s.ToString(), states.GetValueOrDefault(s))))
            .Gauge("pm_ticketing_outbox_pending", "Dispatch events waiting for delivery (shared).", outbox.Pending)
            .Gauge("pm_ticketing_outbox_dead_lettered", "Dispatch events given up on, awaiting a replay (shared).", outbox.DeadLettered)
            .Gauge(
                "pm_ticketing_customer_messages",
                "Customer messages (offers, visit steps) queued or failed for good (shared).",
                [
                    MetricSample.Of("status", "pending", messages.GetValueOrDefault(OfferNotificationStatus.Pending)),
                    MetricSample.Of("status", "failed", messages.GetValueOrDefault(OfferNotificationStatus.Failed)),
                ])
            .Gauge("pm_ticketing_dispatch_manual_mode", "1 while this instance's delivery breaker is open (manual dispatch).", circuit.Mode == DispatchMode.ManualDispatch ? 1 : 0)
            .Counter(
                "pm_ticketing_http_requests_total",
                "HTTP requests answered by this instance, by status class.",
                StatusClasses.Select((c, i) => MetricSample.Of("status_class", c, http[i])))
            .Counter(
                "pm_ticketing_ticket_changes_total",
                "Ticket changes saved by this instance, by audit action (Create, Prediction, Retraction, workflow actions).",
                metrics.TicketChanges.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => MetricSample.Of("action", c.Key, c.Value)))
            .Counter(
                "pm_ticketing_customer_messages_sent_total",
                "Customer messages this instance sent (kind Offer = booking offers), by channel and kind.",
                metrics.CustomerMessagesSent.OrderBy(m => m.Key.Channel, StringComparer.Ordinal).ThenBy(m => m.Key.Kind, StringComparer.Ordinal)
                    .Select(m => new MetricSample([new MetricLabel("channel", m.Key.Channel), new MetricLabel("kind", m.Key.Kind)], m.Value)))
            .Counter("pm_ticketing_outbox_delivered_total", "Dispatch events this instance's relay delivered.", metrics.EventsDelivered)
            .Counter("pm_ticketing_outbox_delivery_failures_total", "Failed delivery attempts of this instance's relay.", metrics.EventDeliveryFailures)
            .Counter(
                "pm_ticketing_sla_breaches_total",
                "SLA targets this instance's monitor found breached, by target.",
                metrics.SlaBreaches.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => MetricSample.Of("target", b.Key, b.Value)))
            .ToString();
    }
}
