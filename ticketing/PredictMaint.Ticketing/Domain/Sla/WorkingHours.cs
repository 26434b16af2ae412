namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>One weekday's opening hours in the site's local time; <see cref="End"/> after <see cref="Start"/>.</summary>
public readonly record struct WorkingHours(TimeOnly Start, TimeOnly End);
