using Microsoft.EntityFrameworkCore;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Creates the schema before the server accepts requests. EnsureCreated suits the walking
/// skeleton; migrations replace it once the schema has to evolve under existing data.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    DatabaseLocation location,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(location.FullPath)!);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var created = await db.Database.EnsureCreatedAsync(cancellationToken);
        // Write-ahead logging lets readers proceed while a writer commits.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        LogReady(logger, location.FullPath, created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket database {DatabasePath} ready (created: {Created})")]
    private static partial void LogReady(ILogger logger, string databasePath, bool created);
}
