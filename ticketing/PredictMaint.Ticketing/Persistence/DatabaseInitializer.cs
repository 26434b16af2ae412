using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Creates the schema before the server accepts requests (EnsureCreated; see the README on
/// schema changes), then imports the directory file if one is configured. On PostgreSQL it also
/// creates the database when it does not exist.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    DatabaseLocation location,
    IOptions<TicketingOptions> options,
    IHostEnvironment environment,
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
        if (options.Value.DirectoryFile is { Length: > 0 } file)
        {
            var path = Path.GetFullPath(file, environment.ContentRootPath);
            var directory = await DirectoryFile.ReadAsync(path, cancellationToken);
            var changed = await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ApplyAsync(directory, path, cancellationToken);
            LogDirectoryImported(logger, path, directory.Sites?.Count ?? 0, directory.Technicians?.Count ?? 0, directory.Depots?.Count ?? 0, changed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket database {Database} ready (created: {Created})")]
    private static partial void LogReady(ILogger logger, string database, bool created);

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory {Path} imported: {Sites} sites, {Technicians} technicians, {Depots} depots, {Changed} created or changed")]
    private static partial void LogDirectoryImported(ILogger logger, string path, int sites, int technicians, int depots, int changed);
}
