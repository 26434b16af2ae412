using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Outbox;

/// <summary>The relay on a database that did not exist yet: it must not look for its table before the schema is there.</summary>
[Collection(PostgresGroup.Name)]
public sealed class OutboxRelayStartTests
{
    [Fact]
    public async Task Start_FreshPostgresDatabaseWithWebhook_RelayCyclesWithoutErrors()
    {
        var postgres = await PostgresServer.SharedAsync();
        var server = new SharedDatabaseRelayServer(postgres.ConnectionString("tickets_" + Guid.NewGuid().ToString("N")), FreePort.Next());
        await server.InitializeAsync();
        try
        {
            var relay = server.Services.GetServices<IHostedService>().OfType<OutboxRelay>().Single();
            await Eventually.WaitAsync(() => Task.FromResult(relay.Cycles), n => n >= 2, TimeSpan.FromSeconds(30), "two relay cycles");

            Assert.True(server.Log.Errors.Count == 0, string.Join("\n", server.Log.Errors));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
