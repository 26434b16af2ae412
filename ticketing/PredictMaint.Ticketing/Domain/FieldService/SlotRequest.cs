namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// Slots wanted for one ticket: what the job needs, the latest safe time (the start of the
/// predicted failure window), the caller's "now", how many slots, and how far ahead to look.
/// </summary>
public sealed record SlotRequest(ComponentRequirement Requirement, DateTimeOffset Deadline, DateTimeOffset Now, int Count, TimeSpan Horizon);
