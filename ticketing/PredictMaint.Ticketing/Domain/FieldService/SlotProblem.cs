namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Why no slot fits before the latest safe time.</summary>
public enum SlotProblem
{
    None,
    /// <summary>Nobody in the site's region has the skill the component needs.</summary>
    NoTechnicianWithSkill,
    /// <summary>No depot anywhere has the part available.</summary>
    NoStock,
    /// <summary>Technicians and part exist, but every working slot before the deadline is taken.</summary>
    NoCapacity,
}
