namespace PredictMaint.Ticketing.Domain;

/// <summary>Why a planner rejected a ticket; counted by the prediction KPIs, so a closed list.</summary>
public enum RejectionReason
{
    FalseAlarm,
    Duplicate,
    AlreadyServiced,
    CustomerDeclined,
}
