namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>The PostgreSQL service without <see cref="FieldServiceSeed"/>.</summary>
public sealed class UnseededPostgresTicketingServer : PostgresTicketingServer
{
    protected override bool SeedsFieldService => false;
}
