namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>One stretch of work on a weekday, in local wall-clock time (e.g. Monday 08:00–17:00).</summary>
public sealed record WorkingHours(DayOfWeek Day, TimeOnly Start, TimeOnly End);
