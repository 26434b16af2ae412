using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

[Collection(PostgresGroup.Name)]
public sealed class SlaInstancesOnPostgresTests
{
    [Fact]
    public async Task Monitor_TwoInstancesOneDatabase_EscalateEachBreachOnce()
    {
        var postgres = await PostgresServer.SharedAsync();
        var connectionString = postgres.ConnectionString("tickets_" + Guid.NewGuid().ToString("N"));
        var first = new SharedDatabaseSlaServer(connectionString);
        var second = new SharedDatabaseSlaServer(connectionString);
        await first.InitializeAsync();
        await second.InitializeAsync();
        try
        {
            var monday = new DateTimeOffset(2040, 6, 4, 9, 0, 0, TimeSpan.Zero);
            first.Clock.Now = second.Clock.Now = monday;
            using var dispatch = first.CreateClient(TicketingServer.DispatchKey);
            for (var i = 0; i < 20; i++)
            {
                using var response = await dispatch.PostAsync(
                    new Uri("/api/tickets", UriKind.Relative),
                    new StringContent(
                        $$"""{"kind":"corrective","site":"site-1","device":"{{TestPredictions.NewDeviceId()}}","component":"pump","priority":"P1","description":"Pump stopped."}""",
                        Encoding.UTF8,
                        "application/json"));
                response.EnsureSuccessStatusCode();
            }

            // Past the P1 response target (2 business hours) on both instances at once.
            first.Clock.Now = second.Clock.Now = monday.AddHours(3);
            await Eventually.WaitAsync(() => CountAsync(first, SlaEvents.Escalated), n => n >= 20, TimeSpan.FromSeconds(60), "20 escalations");
            var firstMonitor = first.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<SlaMonitor>().Single();
            var target = firstMonitor.Cycles + 3;
            await Eventually.WaitAsync(() => Task.FromResult(firstMonitor.Cycles), c => c >= target, TimeSpan.FromSeconds(20), "3 more monitor cycles");

            Assert.Equal(20, await CountAsync(first, SlaEvents.Escalated));
            Assert.Equal(20, await DistinctTicketsAsync(first));
            Assert.Empty(first.Log.Errors);
            Assert.Empty(second.Log.Errors);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static async Task<int> CountAsync(TicketingServer server, string type)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TicketingDbContext>().OutboxMessages.CountAsync(m => m.Type == type);
    }

    private static async Task<int> DistinctTicketsAsync(TicketingServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TicketingDbContext>().OutboxMessages
            .Where(m => m.Type == SlaEvents.Escalated).Select(m => m.TicketId).Distinct().CountAsync();
    }
}
