namespace PredictMaint.Ticketing.Web.Actions;

/// <summary>The outcome of one action on one ticket, as shown to the planner.</summary>
public sealed record ActionMessage(bool Succeeded, string Text);
