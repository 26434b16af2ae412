using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Audit;

/// <summary>Result of checking every ticket's audit chain.</summary>
public sealed record AuditVerification(
    [property: JsonPropertyName("intact")] bool Intact,
    [property: JsonPropertyName("tickets_checked")] int TicketsChecked,
    [property: JsonPropertyName("records_checked")] int RecordsChecked,
    [property: JsonPropertyName("problems")] IReadOnlyList<AuditProblem> Problems);
