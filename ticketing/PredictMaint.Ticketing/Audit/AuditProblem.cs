using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Audit;

public sealed record AuditProblem(
    [property: JsonPropertyName("ticket_id")] Guid TicketId,
    [property: JsonPropertyName("problem")] string Problem);
