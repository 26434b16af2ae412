using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PredictMaint.Testing.Servers;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Outbox;

/// <summary>The shared outbox counts (dispatch status and metrics) on both databases: the grouped statement must translate on each.</summary>
[Collection(PostgresGroup.Name)]
public sealed class OutboxBacklogTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pm-outbox-backlog-").FullName;

    [Fact]
    public async Task ReadAsync_Sqlite_CountsPendingAndDeadLettered() =>
        await AssertCountsAsync(Options(b => b.UseSqlite($"Data Source={Path.Combine(directory, "tickets.db")}")));

    [Fact]
    public async Task ReadAsync_Postgres_CountsPendingAndDeadLettered()
    {
        var server = await PostgresServer.SharedAsync();
        await AssertCountsAsync(Options(b => b.UseNpgsql(server.ConnectionString("outbox_backlog_" + Guid.NewGuid().ToString("N")))));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task AssertCountsAsync(DbContextOptions<TicketingDbContext> options)
    {
        await using var db = new TicketingDbContext(options);
        await db.Database.MigrateAsync();
        Assert.Equal(new OutboxBacklog(0, 0), await OutboxBacklog.ReadAsync(db));

        var at = new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);
        db.OutboxMessages.AddRange(
            Message(at, pending: true), Message(at, pending: true), Message(at, pending: true),
            Message(at, pending: false, deadLetteredAt: at), Message(at, pending: false, deadLetteredAt: at),
            Message(at, pending: false, deliveredAt: at));
        await db.SaveChangesAsync();

        Assert.Equal(new OutboxBacklog(Pending: 3, DeadLettered: 2), await OutboxBacklog.ReadAsync(db));
    }

    private static OutboxMessage Message(DateTimeOffset at, bool pending, DateTimeOffset? deadLetteredAt = null, DateTimeOffset? deliveredAt = null) => new()
    {
        Id = Guid.NewGuid(),
        TicketId = Guid.NewGuid(),
        Type = "ticket.transitioned",
        Payload = "{}",
        CreatedAt = at,
        NextAttemptAt = at,
        Pending = pending,
        DeadLetteredAt = deadLetteredAt,
        DeliveredAt = deliveredAt,
    };

    // The hand-written migrations have no model snapshot (see TicketingApp).
    private static DbContextOptions<TicketingDbContext> Options(Func<DbContextOptionsBuilder<TicketingDbContext>, DbContextOptionsBuilder<TicketingDbContext>> provider) =>
        provider(new DbContextOptionsBuilder<TicketingDbContext>())
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options;
}
