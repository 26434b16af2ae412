namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>Which of a ticket's two SLA targets a notification is about.</summary>
public enum SlaTarget
{
    Response,
    Resolution,
}
