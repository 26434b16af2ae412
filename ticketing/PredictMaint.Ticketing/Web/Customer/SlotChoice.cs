using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Web.Customer;

/// <summary>The slots a customer page lists, as the form values and local windows the partial shows.</summary>
public sealed record SlotChoice(bool Chinese, string Button, IReadOnlyList<(string Key, string Window)> Slots)
{
    public static SlotChoice For(IReadOnlyList<Slot> slots, Site site, string button)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(site);
        return new(
            site.Language == SiteLanguages.SimplifiedChinese,
            button,
            [.. slots.Select(s => (CustomerSlots.Key(s), StepTexts.FormatWindow(s.Start, s.End, site.TimeZone, site.Language)))]);
    }
}
