namespace PredictMaint.Ticketing.Security;

/// <summary>Authorization policy names used by the endpoints.</summary>
public static class Policies
{
    public const string SubmitPredictions = "SubmitPredictions";
    public const string ReadTickets = "ReadTickets";
}
