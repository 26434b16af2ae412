using System.Globalization;
using System.Text;
using System.Text.Json;
using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Audit;

/// <summary>
/// A ticket as canonical JSON: fixed property order, UTC round-trip times, round-trip doubles,
/// no whitespace. Equal tickets give byte-equal text, so the text can be hashed.
/// </summary>
public static class TicketSnapshot
{
    public static string Of(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", ticket.Id.ToString("D"));
            json.WriteString("kind", ticket.Kind.ToString());
            json.WriteString("state", ticket.State.ToString());
            json.WriteString("site", ticket.SiteId);
            json.WriteString("device", ticket.DeviceId);
            json.WriteString("component", ticket.Component);
            json.WriteString("priority", ticket.Priority.ToString());
            Time(json, "predicted_failure_at", ticket.PredictedFailureAt);
            Time(json, "failure_window_start", ticket.FailureWindowStart);
            Time(json, "failure_window_end", ticket.FailureWindowEnd);
            json.WriteString("confidence", ticket.Confidence.ToString("R", CultureInfo.InvariantCulture));
            json.WriteString("model_version", ticket.ModelVersion);
            json.WriteString("reason", ticket.Reason);
            Time(json, "created_at", ticket.CreatedAt);
            Time(json, "updated_at", ticket.UpdatedAt);
            json.WriteNumber("prediction_count", ticket.PredictionCount);
            json.WriteNumber("merged_prediction_count", ticket.MergedPredictionCount);
            Time(json, "first_received_at", ticket.FirstReceivedAt);
            Time(json, "last_received_at", ticket.LastReceivedAt);
            json.WriteNumber("version", ticket.Version);
            Time(json, "state_changed_at", ticket.StateChangedAt);
            Time(json, "closed_at", ticket.ClosedAt);
            json.WriteString("rejection_reason", ticket.RejectionReason?.ToString());
            json.WriteString("note", ticket.Note);
            Time(json, "slot_start", ticket.SlotStart);
            json.WriteString("technician_id", ticket.TechnicianId);
            json.WriteString("part_replaced", ticket.PartReplaced);
            json.WriteString("finding_condition", ticket.FindingCondition?.ToString());
            json.WriteString("readings_after_fix", ticket.ReadingsAfterFix);
            json.WriteBoolean("needs_review", ticket.NeedsReview);
            json.WriteString("review_note", ticket.ReviewNote);
            json.WriteString("auto_approval_note", ticket.AutoApprovalNote);
            json.WriteString("booked_technician_id", ticket.BookedTechnicianId);
            Time(json, "slot_end", ticket.SlotEnd);
            json.WriteString("reserved_depot_id", ticket.ReservedDepotId);
            json.WriteString("reserved_part_number", ticket.ReservedPartNumber);
            json.WriteString("reservation_status", ticket.ReservationStatus?.ToString());
            if (ticket.MergedIntoId is { } mergedInto)
            {
                // Only when set, so snapshots of tickets from before merging existed still verify.
                json.WriteString("merged_into", mergedInto.ToString("D"));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Time(Utf8JsonWriter json, string name, DateTimeOffset? value) =>
        json.WriteString(name, value?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
}
