using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Slots for one ticket, with the site whose clock they are read on and the deadline they were planned against.</summary>
public sealed record TicketSlotPlan(Ticket Ticket, Site Site, DateTimeOffset LatestSafeTime, SlotPlan Plan);
