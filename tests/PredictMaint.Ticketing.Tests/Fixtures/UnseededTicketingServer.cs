namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>The service without <see cref="FieldServiceSeed"/>: for tests where stock elsewhere would change the answer.</summary>
public sealed class UnseededTicketingServer : TicketingServer
{
    protected override bool SeedsFieldService => false;
}
