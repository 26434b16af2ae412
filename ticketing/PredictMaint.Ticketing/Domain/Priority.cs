namespace PredictMaint.Ticketing.Domain;

/// <summary>Urgency, most urgent first: a numerically smaller value is a higher priority.</summary>
public enum Priority
{
    /// <summary>Equipment down now; predictions never produce it.</summary>
    P0,
    P1,
    P2,
    P3,
}
