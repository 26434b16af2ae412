using Npgsql;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Creates the configured PostgreSQL database when it does not exist, through the server's
/// maintenance database. EF could do it, but only after a failed connection that it logs as an
/// error on every first start; doing it first keeps the log honest.
/// </summary>
public static class PostgresDatabaseBootstrap
{
    private const string DuplicateDatabase = "42P04";

    /// <returns>True when this call created the database.</returns>
    public static async Task<bool> EnsureDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("Ticketing:ConnectionString names no Database.");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter { Value = name });
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return false;
            }
        }

        // CREATE DATABASE takes no parameters; the name is quoted as an identifier instead.
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == DuplicateDatabase)
        {
            return false; // another instance created it in the meantime
        }
    }
}
