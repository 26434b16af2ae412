using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>Source-generated serializers for ticketing's own DTOs (snake_case, like the contracts).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(TicketDto))]
[JsonSerializable(typeof(IReadOnlyList<TicketDto>))]
[JsonSerializable(typeof(TransitionBody))]
[JsonSerializable(typeof(MergeBody))]
[JsonSerializable(typeof(PriorityBody))]
[JsonSerializable(typeof(RetractionBody))]
[JsonSerializable(typeof(IReadOnlyList<AuditRecordDto>))]
[JsonSerializable(typeof(Audit.AuditVerification))]
[JsonSerializable(typeof(DispatchStatusDto))]
[JsonSerializable(typeof(IReadOnlyList<DeadLetterDto>))]
[JsonSerializable(typeof(InboundStatusBody))]
[JsonSerializable(typeof(ReportBody))]
[JsonSerializable(typeof(SiteBody))]
[JsonSerializable(typeof(IReadOnlyList<SiteBody>))]
[JsonSerializable(typeof(Persistence.DirectoryFile))]
[JsonSerializable(typeof(TechnicianBody))]
[JsonSerializable(typeof(IReadOnlyList<TechnicianBody>))]
[JsonSerializable(typeof(DepotBody))]
[JsonSerializable(typeof(IReadOnlyList<DepotBody>))]
[JsonSerializable(typeof(StockBody))]
[JsonSerializable(typeof(IReadOnlyList<StockBody>))]
[JsonSerializable(typeof(SlotPlanDto))]
[JsonSerializable(typeof(Domain.Kpi.KpiReport))]
[JsonSerializable(typeof(RatingBody))]
public sealed partial class TicketingJsonContext : JsonSerializerContext;
