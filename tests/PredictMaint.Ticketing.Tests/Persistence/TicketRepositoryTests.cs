using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

/// <summary>
/// Forces the races deterministically: a competing writer commits between this writer's read
/// and its save, on a real SQLite file.
/// </summary>
public sealed class TicketRepositoryTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "pm-ticketing-repo-" + Guid.NewGuid().ToString("N"));
    private readonly ManualClock clock = new(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "tickets.db") }.ToString();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        await using var db = CreateContext();
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RecordPrediction_CompetitorCreatesFirst_RetriesAsUpdate()
    {
        var prediction = TestPredictions.For("dev-race-create");
        var competitor = new BeforeFirstSave(() => RecordWithFreshContextAsync(prediction));
        await using var db = CreateContext(competitor);

        var recorded = await CreateRepository(db).RecordPredictionAsync(prediction);

        Assert.True(competitor.Fired);
        Assert.Equal(IntakeAction.UpdateTicket, recorded.Action);
        var ticket = Assert.Single(await ListAsync());
        Assert.Equal((recorded.Ticket.Id, 2), (ticket.Id, ticket.PredictionCount));
    }

    [Fact]
    public async Task RecordPrediction_CompetitorUpdatesFirst_RetriesWithoutLosingTheCount()
    {
        var prediction = TestPredictions.For("dev-race-update");
        await RecordWithFreshContextAsync(prediction);
        var competitor = new BeforeFirstSave(() => RecordWithFreshContextAsync(prediction));
        await using var db = CreateContext(competitor);

        await CreateRepository(db).RecordPredictionAsync(prediction);

        Assert.True(competitor.Fired);
        Assert.Equal(3, Assert.Single(await ListAsync()).PredictionCount);
    }

    [Fact]
    public async Task RecordPrediction_ClockInjected_StampsServerTimeFromProvider()
    {
        clock.Now = new DateTimeOffset(2041, 6, 1, 12, 0, 0, TimeSpan.Zero);

        var recorded = await RecordWithFreshContextAsync(TestPredictions.For("dev-clock"));

        Assert.Equal(clock.Now, recorded.Ticket.FirstReceivedAt);
        Assert.Equal(clock.Now, Assert.Single(await ListAsync()).LastReceivedAt);
    }

    private async Task<RecordedPrediction> RecordWithFreshContextAsync(Platform.Contracts.Prediction prediction)
    {
        await using var db = CreateContext();
        return await CreateRepository(db).RecordPredictionAsync(prediction);
    }

    private async Task<IReadOnlyList<Ticket>> ListAsync()
    {
        await using var db = CreateContext();
        return (await CreateRepository(db).ListAsync(new TicketQuery())).Page;
    }

    private TicketRepository CreateRepository(TicketingDbContext db) =>
        new(db, clock, AutoApprovalPolicy.ShadowOnly, new TicketWriteGate(), Microsoft.Extensions.Options.Options.Create(new TicketingOptions { DatabasePath = "unused", MaxWriteAttempts = 3 }), NullLogger<TicketRepository>.Instance);

    private TicketingDbContext CreateContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<TicketingDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    /// <summary>Runs a competing write once, just before the context's first save.</summary>
    private sealed class BeforeFirstSave(Func<Task> competingWrite) : SaveChangesInterceptor
    {
        public bool Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (!Fired)
            {
                Fired = true;
                await competingWrite();
            }

            return result;
        }
    }
}
