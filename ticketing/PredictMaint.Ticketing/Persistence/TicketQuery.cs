using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Optional filters for listing tickets; null means "any".</summary>
public sealed record TicketQuery(string? DeviceId = null, string? Component = null, TicketState? State = null);
