namespace PredictMaint.Ticketing.Booking;

/// <summary>Why a customer declined an offer; a closed list so planners and KPIs can count them.</summary>
public enum DeclineReason
{
    NotConvenient,
    AlreadyServiced,
    NotNeeded,
    TooExpensive,
    Other,
}
