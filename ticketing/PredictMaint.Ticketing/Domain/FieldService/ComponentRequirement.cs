namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>What servicing a component takes: who (skill), what (part number) and how long (on-site time).</summary>
public sealed record ComponentRequirement(string Component, string Skill, string PartNumber, TimeSpan JobDuration);
