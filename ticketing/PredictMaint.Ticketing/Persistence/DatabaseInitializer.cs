using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Brings the schema up to date before the server accepts requests (EF Core migrations in
/// <c>Persistence/Migrations</c>; several instances starting at once take EF's migration lock in
/// turn), then imports the directory file if one is configured. The database itself is created
/// when it does not exist.
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
        if (location.IsPostgres)
        {
            await PostgresDatabaseBootstrap.EnsureDatabaseAsync(location.ConnectionString, cancellationToken);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(location.FullPath)!);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken)
            && !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()
            && await creator.HasTablesAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                $"The ticket database {location.Description} has tables but no migration history: it was created by a version before schema migrations. " +
                "Delete it (for SQLite, the file) or restore its data into a fresh database after the service has created it.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (!location.IsPostgres)
        {
            // Write-ahead logging lets readers proceed while a writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogReady(logger, location.Description, pending.Count == 0 ? "none" : string.Join(", ", pending));
        if (options.Value.DirectoryFile is { Length: > 0 } file)
        {
            var path = Path.GetFullPath(file, environment.ContentRootPath);
            var directory = await DirectoryFile.ReadAsync(path, cancellationToken);
            var changed = await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ApplyAsync(directory, path, cancellationToken);
            LogDirectoryImported(logger, path, directory.Sites?.Count ?? 0, directory.Technicians?.Count ?? 0, directory.Depots?.Count ?? 0, changed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket database {Database} ready (migrations applied now: {Applied})")]
    private static partial void LogReady(ILogger logger, string database, string applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory {Path} imported: {Sites} sites, {Technicians} technicians, {Depots} depots, {Changed} created or changed")]
    private static partial void LogDirectoryImported(ILogger logger, string path, int sites, int technicians, int depots, int changed);
}
