using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ticketing.Options;

/// <summary>
/// Section <c>Ticketing:Dispatch</c>: the outbox relay to the dispatch pipeline and the
/// inbound status webhook. Without <see cref="WebhookUrl"/> events stay in the outbox.
/// </summary>
public sealed class DispatchOptions
{
    public const string SectionName = "Ticketing:Dispatch";

    /// <summary>Where events are POSTed; null leaves them queued (the relay idles).</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>HMAC-SHA256 key for outgoing signatures; required with a webhook URL.</summary>
    [MinLength(16)]
    public string? SigningSecret { get; set; }

    /// <summary>HMAC-SHA256 key the dispatch system signs inbound status webhooks with; none means they are refused.</summary>
    [MinLength(16)]
    public string? InboundSecret { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Failed attempts before a message is dead-lettered (its ticket's later events wait behind it).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 12;

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Consecutive failed deliveries that open the circuit (manual dispatch mode).</summary>
    [Range(1, 1000)]
    public int BreakerFailureThreshold { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BreakerOpenDuration { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How old an inbound signature timestamp may be (replay protection).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan InboundMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Dispatch system status → ticket action. Keys are matched case-insensitively.</summary>
    public Dictionary<string, string> StatusMap { get; init; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["booked"] = "Book",
        ["assigned"] = "Assign",
        ["en_route"] = "Depart",
        ["on_site"] = "Arrive",
        ["completed"] = "Resolve",
        ["cancelled"] = "Cancel",
    };
}
