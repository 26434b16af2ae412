namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>Business time allowed until the first response (the ticket leaves Proposed) and until it is resolved.</summary>
public sealed record SlaTargets(TimeSpan Response, TimeSpan Resolution);
