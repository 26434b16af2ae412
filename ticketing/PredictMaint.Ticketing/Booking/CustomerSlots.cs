using System.Globalization;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Which of the slot planner's slots a customer may pick: only those that end before the latest
/// safe time (the planner flags the others late; a late visit stays a planner's decision). Skill,
/// capacity and stock are the planner's rules already, so a slot here can be booked as shown.
/// </summary>
public static class CustomerSlots
{
    public static IReadOnlyList<Slot> Bookable(SlotPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.OnTime ? [.. plan.Slots.Where(s => !s.Late)] : [];
    }

    /// <summary>
    /// At most <paramref name="count"/> of <paramref name="slots"/>, spread over days so the customer
    /// has a real choice: at most <paramref name="perDay"/> per local day first, then the earliest
    /// of the rest; in time order.
    /// </summary>
    public static IReadOnlyList<Slot> Spread(IReadOnlyList<Slot> slots, TimeZoneInfo zone, int count, int perDay = 2)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(zone);
        var ordered = slots.OrderBy(s => s.Start).ToList();
        var chosen = ordered
            .GroupBy(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.Start, zone).DateTime))
            .SelectMany(day => day.Take(perDay))
            .Take(count)
            .ToList();
        chosen.AddRange(ordered.Except(chosen).Take(count - chosen.Count));
        return [.. chosen.OrderBy(s => s.Start)];
    }

    /// <summary>The form value naming a slot: start (UTC ticks), technician and depot.</summary>
    public static string Key(Slot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return string.Create(CultureInfo.InvariantCulture, $"{slot.Start.UtcTicks}|{slot.TechnicianId}|{slot.DepotId}");
    }

    /// <summary>The slot among <paramref name="slots"/> that <paramref name="key"/> names, or null (tampered with, or no longer offered).</summary>
    public static Slot? Find(IReadOnlyList<Slot> slots, string? key)
    {
        ArgumentNullException.ThrowIfNull(slots);
        return key is null ? null : slots.FirstOrDefault(s => string.Equals(Key(s), key, StringComparison.Ordinal));
    }
}
