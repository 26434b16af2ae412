using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>Body of <c>POST /api/tickets/{id}/transitions</c>; which fields are needed depends on the action.</summary>
public sealed record TransitionBody
{
    /// <summary>approve, reject, offer, book, assign, depart, arrive, resolve, close, cancel, reopen.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    /// <summary>For reject: false_alarm, duplicate, already_serviced, customer_declined.</summary>
    [JsonPropertyName("reason_code")]
    public string? ReasonCode { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }

    [JsonPropertyName("slot_start")]
    public DateTimeOffset? SlotStart { get; init; }

    [JsonPropertyName("technician_id")]
    public string? TechnicianId { get; init; }

    [JsonPropertyName("findings")]
    public FindingsBody? Findings { get; init; }

    [JsonPropertyName("customer_confirmed")]
    public bool CustomerConfirmed { get; init; }

    /// <summary>For book: the depot to take the part from (optional; else the best with stock).</summary>
    [JsonPropertyName("depot_id")]
    public string? DepotId { get; init; }
}
