using System.Collections.Concurrent;

namespace PredictMaint.Ticketing.Metrics;

/// <summary>
/// This instance's counters for <c>GET /metrics</c>: what it served and what its background
/// loops did. Gauges of shared state (tickets by state, queues) are read from the database at
/// scrape time instead (<see cref="TicketingMetricsText"/>), so every instance reports the same.
/// </summary>
public sealed class TicketingMetrics
{
    private readonly long[] _httpByClass = new long[5];
    private readonly ConcurrentDictionary<string, long> _ticketChanges = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Channel, string Kind), long> _customerMessagesSent = new();
    private readonly ConcurrentDictionary<string, long> _slaBreaches = new(StringComparer.Ordinal);
    private long _eventsDelivered;
    private long _eventDeliveryFailures;

    /// <summary>Requests answered, by status class 1xx-5xx (index 0-4).</summary>
    public IReadOnlyList<long> HttpRequestsByClass => [.. _httpByClass.Select((_, i) => Interlocked.Read(ref _httpByClass[i]))];

    /// <summary>Audit records saved by this instance, by action (Create, Prediction, Approve, Offer…).</summary>
    public IReadOnlyDictionary<string, long> TicketChanges => _ticketChanges;

    public IReadOnlyDictionary<(string Channel, string Kind), long> CustomerMessagesSent => _customerMessagesSent;

    /// <summary>SLA targets breached (escalation level 1), by target.</summary>
    public IReadOnlyDictionary<string, long> SlaBreaches => _slaBreaches;

    /// <summary>Outbox events this instance's relay delivered to the dispatch webhook (committed).</summary>
    public long EventsDelivered => Interlocked.Read(ref _eventsDelivered);

    /// <summary>Delivery attempts that failed (retried later or dead-lettered).</summary>
    public long EventDeliveryFailures => Interlocked.Read(ref _eventDeliveryFailures);

    public void HttpRequest(int statusCode)
    {
        var index = (statusCode / 100) - 1;
        if (index is >= 0 and < 5)
        {
            Interlocked.Increment(ref _httpByClass[index]);
        }
    }

    public void TicketChanged(string action) => _ticketChanges.AddOrUpdate(action, 1, (_, n) => n + 1);

    public void CustomerMessageSent(string channel, string kind) => _customerMessagesSent.AddOrUpdate((channel, kind), 1, (_, n) => n + 1);

    public void SlaBreached(string target) => _slaBreaches.AddOrUpdate(target, 1, (_, n) => n + 1);

    public void EventsDeliveredCommitted(int count) => Interlocked.Add(ref _eventsDelivered, count);

    public void EventDeliveryFailed() => Interlocked.Increment(ref _eventDeliveryFailures);
}
