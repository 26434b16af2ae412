using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Which database: the SQLite file <c>Ticketing:DatabasePath</c> (relative to the content
/// root) by default, or PostgreSQL at <c>Ticketing:ConnectionString</c> when
/// <c>Ticketing:DatabaseProvider</c> is <c>postgres</c>.
/// </summary>
public sealed class DatabaseLocation(IOptions<TicketingOptions> options, IHostEnvironment environment)
{
    public bool IsPostgres { get; } = options.Value.DatabaseProvider == "postgres";

    public string FullPath { get; } = Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath);

    public string ConnectionString => IsPostgres
        ? options.Value.ConnectionString ?? throw new InvalidOperationException("Ticketing:ConnectionString is required with DatabaseProvider 'postgres'.")
        : new SqliteConnectionStringBuilder { DataSource = FullPath }.ToString();

    /// <summary>For logs: the file, or the server and database without credentials.</summary>
    public string Description => IsPostgres
        ? new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ToString()
        : FullPath;
}
