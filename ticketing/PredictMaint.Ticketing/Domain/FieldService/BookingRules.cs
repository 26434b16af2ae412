namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// Whether a visit can be booked at a given start: the part available at a depot (no dispatch
/// without stock), a technician with the skill free then. A technician or depot the caller names
/// is checked; otherwise the best is chosen (<see cref="TechnicianRanking"/>, <see cref="DepotSelection"/>).
/// Refusals name the alternatives. The latest safe time is not enforced here: a planner may book
/// a slot the plan flagged late when nothing earlier exists.
/// </summary>
public static class BookingRules
{
    public static BookingCheck Check(FieldServiceData data, SlotRequest request, DateTimeOffset start, string? technicianId, string? depotId)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var requirement = request.Requirement;
        var zone = data.Site.TimeZone;
        if (start < request.Now)
        {
            return BookingCheck.Refuse($"The slot starts in the past ({SlotPlanner.Local(start, zone)}).");
        }

        var depots = DepotSelection.Candidates(data, requirement.PartNumber);
        var depot = depotId is null ? (depots.Count > 0 ? depots[0] : null) : depots.FirstOrDefault(c => c.Depot.Id == depotId);
        if (depot is null)
        {
            var others = depots.Count > 0 ? $"Depots with {requirement.PartNumber} available: {DepotSelection.Describe(depots)}." : $"No depot has {requirement.PartNumber} available.";
            var asked = depotId is null ? "No dispatch without stock." : data.Depots.Any(d => d.Id == depotId) ? $"Depot {depotId} has no {requirement.PartNumber} available." : $"There is no depot {depotId}.";
            return BookingCheck.Refuse($"{asked} {others}");
        }

        RankedTechnician? technician;
        if (technicianId is not null)
        {
            var named = data.Technicians.FirstOrDefault(t => t.Id == technicianId);
            if (named is null || !named.Has(requirement.Skill))
            {
                return BookingCheck.Refuse(named is null ? $"There is no technician {technicianId}." : $"Technician {technicianId} lacks skill '{requirement.Skill}'.");
            }

            technician = TechnicianRanking.Rank(data, [named], requirement, start) is [var only, ..] ? only : null;
        }
        else
        {
            var qualified = TechnicianRanking.Qualified(data, requirement.Skill);
            if (qualified.Count == 0)
            {
                return BookingCheck.Refuse($"No technician with skill '{requirement.Skill}' works in region '{data.Site.Region}'.");
            }

            technician = TechnicianRanking.Rank(data, qualified, requirement, start) is [var best, ..] ? best : null;
        }

        if (technician is null)
        {
            var plan = SlotPlanner.Plan(data, request);
            var alternatives = plan.Slots.Count > 0
                ? "Free slots: " + string.Join(", ", plan.Slots.Select(s => $"{SlotPlanner.Local(s.Start, zone)} ({s.TechnicianId}{(s.Late ? ", late" : string.Empty)})")) + "."
                : plan.Reason;
            var who = technicianId ?? $"No technician with skill '{requirement.Skill}' in region '{data.Site.Region}'";
            return BookingCheck.Refuse($"{who} is not free at {SlotPlanner.Local(start, zone)} (outside working hours, at daily capacity, or already booked). {alternatives}");
        }

        return BookingCheck.Accept(new BookingChoice(
            technician.Technician.Id,
            depot.Depot.Id,
            requirement.PartNumber,
            start,
            start + requirement.JobDuration,
            $"{technician.Explanation}; part from {DepotSelection.Describe([depot])}"));
    }
}
