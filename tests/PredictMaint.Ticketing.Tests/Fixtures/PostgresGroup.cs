namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// Every class that runs on PostgreSQL joins this collection, so the shared server is stopped
/// once, after the last of them (xUnit disposes a collection fixture when its collection ends).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<SharedPostgresLifetime>
{
    public const string Name = "PostgreSQL";
}
