using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Start_DatabaseFromBeforeMigrations_RefusesSayingWhatToDo()
    {
        var server = new LegacyDatabaseServer();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(server.InitializeAsync);
        await server.DisposeAsync();

        Assert.Contains("no migration history", error.Message, StringComparison.Ordinal);
        Assert.Contains("Delete it", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A ticket database made the way the first release made it: EnsureCreated, no history table.</summary>
    private sealed class LegacyDatabaseServer : TicketingServer
    {
        protected override async Task PrepareAsync()
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            var options = new DbContextOptionsBuilder<TicketingDbContext>().UseSqlite($"Data Source={DatabasePath}").Options;
            await using var db = new TicketingDbContext(options);
            await db.Database.EnsureCreatedAsync();
        }
    }
}
