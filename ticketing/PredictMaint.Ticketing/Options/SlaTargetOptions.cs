namespace PredictMaint.Ticketing.Options;

/// <summary>Business time to the first response and to resolution for one priority.</summary>
public sealed class SlaTargetOptions
{
    public TimeSpan Response { get; set; }

    public TimeSpan Resolution { get; set; }
}
