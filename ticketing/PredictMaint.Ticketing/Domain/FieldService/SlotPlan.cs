namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// The answer to a <see cref="SlotRequest"/>: slots before the deadline, or — with
/// <see cref="Problem"/> and a readable <see cref="Reason"/> — the earliest later slots, flagged late.
/// </summary>
public sealed record SlotPlan(IReadOnlyList<Slot> Slots, SlotProblem Problem, string? Reason)
{
    public bool OnTime => Problem == SlotProblem.None;
}
