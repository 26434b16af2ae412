using System.Globalization;

namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// Lists bookable visits for a ticket. Pure: the caller passes "now" and the data. Slots lie in
/// technicians' working hours on the site's local clock (so DST moves them in UTC, not in local
/// time), within daily capacity, never overlapping a booked visit, with the part available at
/// a depot (the site's region first, else the nearest other depot), and end no later than the
/// latest safe time. When none does, the plan says why and offers the earliest later slots,
/// flagged late.
/// </summary>
public static class SlotPlanner
{
    public static SlotPlan Plan(FieldServiceData data, SlotRequest request)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var requirement = request.Requirement;
        var site = data.Site;
        var qualified = TechnicianRanking.Qualified(data, requirement.Skill);
        if (qualified.Count == 0)
        {
            return new SlotPlan([], SlotProblem.NoTechnicianWithSkill, $"No technician with skill '{requirement.Skill}' works in region '{site.Region}'.");
        }

        var depot = DepotSelection.Best(data, requirement.PartNumber);
        if (depot is null)
        {
            return new SlotPlan([], SlotProblem.NoStock, $"No depot has part {requirement.PartNumber} available; nothing can be booked until it is restocked.");
        }

        var candidates = Candidates(data, qualified, requirement, depot, request.Now, request.Now + request.Horizon);
        var onTime = candidates.TakeWhile(s => s.End <= request.Deadline).Take(request.Count).ToList();
        if (onTime.Count > 0)
        {
            var note = depot.OutsideRegion
                ? $"No depot in region '{site.Region}' has {requirement.PartNumber}; the part comes from {depot.Depot.Id} in region '{depot.Depot.Region}'."
                : null;
            return new SlotPlan(onTime, SlotProblem.None, note);
        }

        var late = candidates.SkipWhile(s => s.End <= request.Deadline).Take(request.Count).Select(s => s with { Late = true }).ToList();
        var why = request.Deadline <= request.Now
            ? $"The latest safe time {Local(request.Deadline, site.TimeZone)} has already passed"
            : $"No technician with skill '{requirement.Skill}' in region '{site.Region}' has a free slot ending by {Local(request.Deadline, site.TimeZone)}";
        var offer = late.Count > 0
            ? $"; the earliest later slot starts {Local(late[0].Start, site.TimeZone)}."
            : string.Create(CultureInfo.InvariantCulture, $"; nothing is free in the next {request.Horizon.TotalDays:0} days either.");
        return new SlotPlan(late, SlotProblem.NoCapacity, why + offer);
    }

    /// <summary>A time as the site's local clock shows it, with its offset.</summary>
    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static IEnumerable<Slot> Candidates(
        FieldServiceData data, IReadOnlyList<Technician> qualified, ComponentRequirement requirement, DepotChoice depot, DateTimeOffset from, DateTimeOffset until)
    {
        var zone = data.Site.TimeZone;
        var firstDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var lastDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, zone).DateTime);
        var source = string.Create(CultureInfo.InvariantCulture, $"; part {requirement.PartNumber} from {depot.Depot.Id} ({depot.DistanceKm:0} km)");
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            var day = date;
            var starts = qualified
                .SelectMany(t => t.Calendar.On(day).SelectMany(w => Starts(day, w, requirement.JobDuration, zone)))
                .Where(s => s >= from && s + requirement.JobDuration <= until)
                .Distinct()
                .Order();
            foreach (var start in starts)
            {
                if (TechnicianRanking.Rank(data, qualified, requirement, start) is [var best, ..])
                {
                    yield return new Slot(
                        start, start + requirement.JobDuration, best.Technician.Id, depot.Depot.Id, requirement.PartNumber,
                        Late: false, depot.OutsideRegion, best.Explanation + source);
                }
            }
        }
    }

    /// <summary>Back-to-back visit starts in one working stretch; a local time skipped by a DST jump has no start.</summary>
    private static IEnumerable<DateTimeOffset> Starts(DateOnly date, WorkingHours hours, TimeSpan duration, TimeZoneInfo zone)
    {
        var end = date.ToDateTime(hours.End);
        for (var local = date.ToDateTime(hours.Start); local + duration <= end; local += duration)
        {
            if (!zone.IsInvalidTime(local))
            {
                yield return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
            }
        }
    }
}
