using Microsoft.EntityFrameworkCore;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Creates the schema before the server accepts requests (EnsureCreated; see the README on
/// schema changes). On PostgreSQL it also creates the database when it does not exist.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    DatabaseLocation location,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!location.IsPostgres)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(location.FullPath)!);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var created = await db.Database.EnsureCreatedAsync(cancellationToken);
        if (!location.IsPostgres)
        {
            // Write-ahead logging lets readers proceed while a writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogReady(logger, location.Description, created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket database {Database} ready (created: {Created})")]
    private static partial void LogReady(ILogger logger, string database, bool created);
}
