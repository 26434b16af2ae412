namespace PredictMaint.Ticketing.Domain;

/// <summary>One row of the workflow table: an action, the states it applies in, where it leads and who may take it.</summary>
public sealed record TransitionRule(
    TicketAction Action,
    IReadOnlySet<TicketState> From,
    TicketState To,
    IReadOnlySet<string> Roles);
