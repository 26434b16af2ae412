namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// Moving a booked visit to another technician, at the same time: the technician must exist,
/// have the skill and be free for the whole visit (working hours on the site's clock, daily
/// capacity, no other visit). The part
/// follows the technician: when the reserved depot lies outside their region and a depot of
/// their region has the part, the reservation moves there (nearest to the site first);
/// otherwise the part stays where it is held.
/// </summary>
public static class ReassignmentRules
{
    public static BookingCheck Check(FieldServiceData data, ComponentRequirement requirement, PartReservation current, string technicianId)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(current);
        var technician = data.Technicians.FirstOrDefault(t => t.Id == technicianId);
        if (technician is null || !technician.Has(requirement.Skill))
        {
            return BookingCheck.Refuse(technician is null ? $"There is no technician {technicianId}." : $"Technician {technicianId} lacks skill '{requirement.Skill}'.");
        }

        var zone = data.Site.TimeZone;
        var duration = current.SlotEnd - current.SlotStart;
        if (!TechnicianRanking.IsFree(technician, current.SlotStart, duration, zone, data.Bookings, out var jobs))
        {
            return BookingCheck.Refuse(
                $"Technician {technicianId} is not free at {SlotPlanner.Local(current.SlotStart, zone)} (outside working hours, " +
                $"at daily capacity with {jobs} of {technician.DailyCapacity} jobs, or already booked); the visit stays with {current.TechnicianId}.");
        }

        var depotId = current.DepotId;
        var held = data.Depots.FirstOrDefault(d => d.Id == current.DepotId);
        var why = $"part stays at {current.DepotId}";
        if (held is null || !string.Equals(held.Region, technician.Region, StringComparison.Ordinal))
        {
            var own = DepotSelection.Candidates(data, current.PartNumber)
                .FirstOrDefault(c => c.Depot.Id != current.DepotId && string.Equals(c.Depot.Region, technician.Region, StringComparison.Ordinal));
            if (own is not null)
            {
                depotId = own.Depot.Id;
                why = $"part moves from {current.DepotId} to {DepotSelection.Describe([own])} in the technician's region";
            }
            else
            {
                why = $"no depot in region '{technician.Region}' has {current.PartNumber}; part stays at {current.DepotId}";
            }
        }

        return BookingCheck.Accept(new BookingChoice(
            technician.Id, depotId, current.PartNumber, current.SlotStart, current.SlotEnd, $"reassigned from {current.TechnicianId} to {technician.Id}; {why}"));
    }
}
