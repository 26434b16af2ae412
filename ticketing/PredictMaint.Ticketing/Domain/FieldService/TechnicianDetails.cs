namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Everything about a technician except the id; validated by <see cref="FieldServiceRules"/>.</summary>
public sealed record TechnicianDetails(
    string Name,
    IReadOnlyList<string> Skills,
    string Region,
    double HomeLatitude,
    double HomeLongitude,
    WorkingCalendar Calendar,
    int DailyCapacity)
{
    /// <summary>Value equality with the skills as a set (records compare lists by reference).</summary>
    public bool SameAs(TechnicianDetails other) =>
        other is not null
        && (Name, Region, HomeLatitude, HomeLongitude, DailyCapacity) == (other.Name, other.Region, other.HomeLatitude, other.HomeLongitude, other.DailyCapacity)
        && Skills.ToHashSet(StringComparer.Ordinal).SetEquals(other.Skills)
        && Calendar.Equals(other.Calendar);
}
