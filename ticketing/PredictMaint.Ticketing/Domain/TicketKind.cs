namespace PredictMaint.Ticketing.Domain;

/// <summary>Why a ticket exists.</summary>
public enum TicketKind
{
    /// <summary>A predicted end of life: act before the failure.</summary>
    Preventive,
    /// <summary>Something already broke.</summary>
    Corrective,
    /// <summary>The evidence itself is suspect: a sensor needs attention.</summary>
    SensorFault,
    CustomerReported,
}
