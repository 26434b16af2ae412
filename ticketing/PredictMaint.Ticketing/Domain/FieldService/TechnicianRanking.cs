using System.Globalization;

namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// Who takes a visit: technicians with the skill in the site's region who are free then
/// (working hours in the site's local time, daily capacity, no overlapping visit), least loaded
/// that day first, then nearest home base (haversine), then id — so the choice is explainable
/// and repeatable.
/// </summary>
public static class TechnicianRanking
{
    public static IReadOnlyList<Technician> Qualified(FieldServiceData data, string skill)
    {
        ArgumentNullException.ThrowIfNull(data);
        return [.. data.Technicians.Where(t => t.Has(skill) && string.Equals(t.Region, data.Site.Region, StringComparison.Ordinal))];
    }

    /// <summary>Those of <paramref name="technicians"/> free for the whole visit, best first.</summary>
    public static IReadOnlyList<RankedTechnician> Rank(
        FieldServiceData data, IEnumerable<Technician> technicians, ComponentRequirement requirement, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(requirement);
        var site = data.Site;
        var zone = site.TimeZone;
        var ranked = new List<RankedTechnician>();
        foreach (var technician in technicians)
        {
            if (!IsFree(technician, start, requirement.JobDuration, zone, data.Bookings, out var jobs))
            {
                continue;
            }

            var distance = GeoDistance.Kilometres(technician.HomeLatitude, technician.HomeLongitude, site.Latitude, site.Longitude);
            var explanation = string.Create(
                CultureInfo.InvariantCulture,
                $"{technician.Id} ({technician.Name}): skill '{requirement.Skill}', region '{technician.Region}', {jobs} of {technician.DailyCapacity} jobs booked that day, {distance:0.#} km from home base");
            ranked.Add(new RankedTechnician(technician, jobs, distance, explanation));
        }

        return [.. ranked.OrderBy(r => r.JobsThatDay).ThenBy(r => r.DistanceKm).ThenBy(r => r.Technician.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether the visit [start, start + duration) lies inside one of the technician's working
    /// stretches on that local date, the day still has capacity, and no booked visit overlaps.
    /// </summary>
    public static bool IsFree(
        Technician technician, DateTimeOffset start, TimeSpan duration, TimeZoneInfo zone, IReadOnlyList<TechnicianBooking> bookings, out int jobsThatDay)
    {
        ArgumentNullException.ThrowIfNull(technician);
        ArgumentNullException.ThrowIfNull(bookings);
        var localStart = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var localEnd = TimeZoneInfo.ConvertTime(start + duration, zone).DateTime;
        var date = DateOnly.FromDateTime(localStart);
        var own = bookings.Where(b => b.TechnicianId == technician.Id).ToList();
        jobsThatDay = own.Count(b => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(b.Start, zone).DateTime) == date);
        var inHours = technician.Calendar.On(date).Any(w => localStart >= date.ToDateTime(w.Start) && localEnd <= date.ToDateTime(w.End));
        var overlaps = own.Any(b => b.Start < start + duration && start < b.End);
        return inHours && jobsThatDay < technician.DailyCapacity && !overlaps;
    }
}
