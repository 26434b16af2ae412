using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Domain;

/// <summary>The pure decision of what a prediction does, given the open ticket (if any).</summary>
public static class PredictionIntake
{
    public static IntakeAction Decide(Ticket? openTicket, Prediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        if (openTicket is null || !openTicket.State.IsOpen())
        {
            return IntakeAction.CreateTicket;
        }

        if (openTicket.DeviceId != prediction.DeviceId || openTicket.Component != prediction.Component)
        {
            throw new ArgumentException("The ticket belongs to another device or component.", nameof(openTicket));
        }

        if (openTicket.Kind != TicketKind.Preventive)
        {
            return IntakeAction.MergeIntoExisting;
        }

        return prediction.IssuedAt >= openTicket.UpdatedAt ? IntakeAction.UpdateTicket : IntakeAction.CountStaleEvidence;
    }

    /// <summary>Lead time on the device clock: from the prediction's data to the predicted failure.</summary>
    public static TimeSpan LeadTime(Prediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return prediction.PredictedFailureAt - prediction.IssuedAt;
    }
}
