using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Where the SQLite file lives: <c>Ticketing:DatabasePath</c>, relative to the content root.</summary>
public sealed class DatabaseLocation(IOptions<TicketingOptions> options, IHostEnvironment environment)
{
    public string FullPath { get; } = Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath);

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = FullPath }.ToString();
}
