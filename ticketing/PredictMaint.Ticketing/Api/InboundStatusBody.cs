using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>A status update from the dispatch system (<c>POST /api/webhooks/dispatch</c>).</summary>
public sealed record InboundStatusBody
{
    /// <summary>The sender's unique id for this update; a repeat is acknowledged and ignored.</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; init; }

    [JsonPropertyName("ticket_id")]
    public Guid? TicketId { get; init; }

    /// <summary>The dispatch system's status name, looked up in <c>Ticketing:Dispatch:StatusMap</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Increases with every update the sender makes to one ticket; older ones are ignored.</summary>
    [JsonPropertyName("sequence")]
    public long? Sequence { get; init; }

    [JsonPropertyName("technician_id")]
    public string? TechnicianId { get; init; }

    [JsonPropertyName("slot_start")]
    public DateTimeOffset? SlotStart { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }

    [JsonPropertyName("findings")]
    public FindingsBody? Findings { get; init; }

    /// <summary>The outcome the handler reports back (also the response body).</summary>
    [JsonPropertyName("outcome")]
    public string? Outcome { get; init; }
}
