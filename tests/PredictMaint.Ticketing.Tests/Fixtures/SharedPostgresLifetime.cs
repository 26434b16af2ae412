using PredictMaint.Testing.Servers;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>Stops the shared PostgreSQL server when the PostgreSQL collection is done.</summary>
public sealed class SharedPostgresLifetime : IAsyncLifetime
{
    public Task InitializeAsync() => PostgresServer.SharedAsync();

    public Task DisposeAsync() => PostgresServer.StopSharedAsync();
}
