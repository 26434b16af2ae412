using System.Text.Json.Serialization;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Api;

/// <summary>A ticket as the API shows it. Times are UTC; <c>created_at</c>/<c>updated_at</c> are device time.</summary>
public sealed record TicketDto
{
    [JsonPropertyName("id")]
    public required Guid Id { get; init; }

    [JsonPropertyName("kind")]
    [JsonConverter(typeof(JsonStringEnumConverter<TicketKind>))]
    public required TicketKind Kind { get; init; }

    [JsonPropertyName("state")]
    [JsonConverter(typeof(JsonStringEnumConverter<TicketState>))]
    public required TicketState State { get; init; }

    [JsonPropertyName("site")]
    public required string SiteId { get; init; }

    [JsonPropertyName("device")]
    public required string DeviceId { get; init; }

    [JsonPropertyName("component")]
    public required string Component { get; init; }

    [JsonPropertyName("priority")]
    [JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
    public required Priority Priority { get; init; }

    [JsonPropertyName("predicted_failure_at")]
    public required DateTimeOffset PredictedFailureAt { get; init; }

    [JsonPropertyName("failure_window_start")]
    public required DateTimeOffset FailureWindowStart { get; init; }

    [JsonPropertyName("failure_window_end")]
    public required DateTimeOffset FailureWindowEnd { get; init; }

    [JsonPropertyName("confidence")]
    public required double Confidence { get; init; }

    [JsonPropertyName("model_version")]
    public required string ModelVersion { get; init; }

    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    /// <summary>The series behind the newest prediction (see <see cref="PredictionEvidence"/>), when sent.</summary>
    [JsonPropertyName("evidence")]
    public PredictionEvidence? Evidence { get; init; }

    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("prediction_count")]
    public required int PredictionCount { get; init; }

    [JsonPropertyName("first_received_at")]
    public required DateTimeOffset FirstReceivedAt { get; init; }

    [JsonPropertyName("last_received_at")]
    public required DateTimeOffset LastReceivedAt { get; init; }

    [JsonPropertyName("version")]
    public required int Version { get; init; }

    [JsonPropertyName("merged_prediction_count")]
    public int MergedPredictionCount { get; init; }

    [JsonPropertyName("state_changed_at")]
    public DateTimeOffset? StateChangedAt { get; init; }

    [JsonPropertyName("closed_at")]
    public DateTimeOffset? ClosedAt { get; init; }

    [JsonPropertyName("rejection_reason")]
    public string? RejectionReason { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }

    [JsonPropertyName("slot_start")]
    public DateTimeOffset? SlotStart { get; init; }

    [JsonPropertyName("technician_id")]
    public string? TechnicianId { get; init; }

    [JsonPropertyName("part_replaced")]
    public string? PartReplaced { get; init; }

    [JsonPropertyName("finding_condition")]
    public string? FindingCondition { get; init; }

    [JsonPropertyName("readings_after_fix")]
    public string? ReadingsAfterFix { get; init; }

    [JsonPropertyName("needs_review")]
    public bool NeedsReview { get; init; }

    [JsonPropertyName("review_note")]
    public string? ReviewNote { get; init; }

    [JsonPropertyName("auto_approval_note")]
    public string? AutoApprovalNote { get; init; }

    [JsonPropertyName("booked_technician_id")]
    public string? BookedTechnicianId { get; init; }

    [JsonPropertyName("slot_end")]
    public DateTimeOffset? SlotEnd { get; init; }

    [JsonPropertyName("reserved_depot_id")]
    public string? ReservedDepotId { get; init; }

    [JsonPropertyName("reserved_part_number")]
    public string? ReservedPartNumber { get; init; }

    /// <summary>Active, Released or Consumed; absent before a booking.</summary>
    [JsonPropertyName("reservation_status")]
    public string? ReservationStatus { get; init; }

    /// <summary>The ticket this duplicate was merged into (it is then Cancelled).</summary>
    [JsonPropertyName("merged_into_id")]
    public Guid? MergedIntoId { get; init; }

    /// <summary>The SLA clock, where the endpoint reads it (single ticket and list).</summary>
    [JsonPropertyName("sla")]
    public SlaDto? Sla { get; init; }

    /// <summary>The value for <c>ETag</c> and <c>If-Match</c>.</summary>
    public string ETag() => $"\"{Version}\"";

    public static TicketDto From(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new TicketDto
        {
            Id = ticket.Id,
            Kind = ticket.Kind,
            State = ticket.State,
            SiteId = ticket.SiteId,
            DeviceId = ticket.DeviceId,
            Component = ticket.Component,
            Priority = ticket.Priority,
            PredictedFailureAt = ticket.PredictedFailureAt,
            FailureWindowStart = ticket.FailureWindowStart,
            FailureWindowEnd = ticket.FailureWindowEnd,
            Confidence = ticket.Confidence,
            ModelVersion = ticket.ModelVersion,
            Reason = ticket.Reason,
            Evidence = ticket.Evidence,
            CreatedAt = ticket.CreatedAt,
            UpdatedAt = ticket.UpdatedAt,
            PredictionCount = ticket.PredictionCount,
            FirstReceivedAt = ticket.FirstReceivedAt,
            LastReceivedAt = ticket.LastReceivedAt,
            Version = ticket.Version,
            MergedPredictionCount = ticket.MergedPredictionCount,
            StateChangedAt = ticket.StateChangedAt,
            ClosedAt = ticket.ClosedAt,
            RejectionReason = ticket.RejectionReason?.ToString(),
            Note = ticket.Note,
            SlotStart = ticket.SlotStart,
            TechnicianId = ticket.TechnicianId,
            PartReplaced = ticket.PartReplaced,
            FindingCondition = ticket.FindingCondition?.ToString(),
            ReadingsAfterFix = ticket.ReadingsAfterFix,
            NeedsReview = ticket.NeedsReview,
            ReviewNote = ticket.ReviewNote,
            AutoApprovalNote = ticket.AutoApprovalNote,
            BookedTechnicianId = ticket.BookedTechnicianId,
            SlotEnd = ticket.SlotEnd,
            ReservedDepotId = ticket.ReservedDepotId,
            ReservedPartNumber = ticket.ReservedPartNumber,
            ReservationStatus = ticket.ReservationStatus?.ToString(),
            MergedIntoId = ticket.MergedIntoId,
        };
    }
}
