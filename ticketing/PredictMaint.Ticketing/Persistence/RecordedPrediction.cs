using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>The ticket a prediction landed on, and what the prediction did to it.</summary>
public sealed record RecordedPrediction(Ticket Ticket, IntakeAction Action)
{
    public bool Created => Action == IntakeAction.CreateTicket;
}
