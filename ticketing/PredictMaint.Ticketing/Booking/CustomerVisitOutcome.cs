namespace PredictMaint.Ticketing.Booking;

/// <summary>What came of a customer's request on the booking or status page.</summary>
public enum CustomerVisitOutcome
{
    Done,

    /// <summary>The booking link was used before; nothing changed.</summary>
    LinkAlreadyUsed,

    /// <summary>The chosen slot is no longer offered (taken meanwhile, or never offered); fresh slots are shown.</summary>
    SlotGone,

    /// <summary>The ticket is not in a state where this is possible (e.g. cancelled, or the 24 h to reopen are over).</summary>
    NotPossible,
}
