using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Data.Sqlite;
using PredictMaint.Testing.Servers;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

/// <summary>
/// The migrations are hand-written, so nothing but this test notices when an entity changes
/// without a migration: the schema the migrations build must equal the one the current model
/// would create, column by column and index by index, on both databases.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class MigrationSchemaTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pm-migrations-").FullName;

    [Fact]
    public async Task Migrate_Sqlite_SameSchemaAsModel()
    {
        var fromModel = Sqlite(Path.Combine(directory, "model.db"));
        var migrated = Sqlite(Path.Combine(directory, "migrated.db"));

        var expected = await SchemaAsync(fromModel, created: true, SqliteSchemaQuery);
        var actual = await SchemaAsync(migrated, created: false, SqliteSchemaQuery);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Migrate_Postgres_SameSchemaAsModel()
    {
        var server = await PostgresServer.SharedAsync();
        var fromModel = Postgres(server.ConnectionString("schema_model_" + Guid.NewGuid().ToString("N")));
        var migrated = Postgres(server.ConnectionString("schema_migrated_" + Guid.NewGuid().ToString("N")));

        var expected = await SchemaAsync(fromModel, created: true, PostgresSchemaQuery);
        var actual = await SchemaAsync(migrated, created: false, PostgresSchemaQuery);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Migrate_Twice_SecondRunAppliesNothing()
    {
        var options = Sqlite(Path.Combine(directory, "twice.db"));
        await using (var first = new TicketingDbContext(options))
        {
            await first.Database.MigrateAsync();
        }

        await using var second = new TicketingDbContext(options);
        Assert.Empty(await second.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await second.Database.GetAppliedMigrationsAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    // Column by column rather than each table's CREATE text: a migration's AddColumn appends the
    // column at the end, where a fresh CREATE TABLE lists it in model order, yet the schemas are equal.
    private const string SqliteSchemaQuery = """
        SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' pk=' || p.pk || ' default=' || coalesce(p.dflt_value, '')
        FROM sqlite_master m JOIN pragma_table_info(m.name) p
        WHERE m.type = 'table' AND m.name NOT LIKE '\_\_EF%' ESCAPE '\' AND m.name NOT LIKE 'sqlite%'
        UNION ALL
        SELECT 'autoincrement ' || name || ' ' || (instr(upper(sql), 'AUTOINCREMENT') > 0)
        FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\_\_EF%' ESCAPE '\' AND name NOT LIKE 'sqlite%'
        UNION ALL
        SELECT 'foreign key ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || f.on_delete
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND m.name NOT LIKE '\_\_EF%' ESCAPE '\'
        UNION ALL
        SELECT 'index ' || name || ': ' || sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE '\_\_EF%' ESCAPE '\' AND name NOT LIKE 'sqlite%'
        """;

    private const string PostgresSchemaQuery = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || ' null=' || is_nullable || ' identity=' || is_identity || ' default=' || coalesce(column_default, '')
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
        """;

    private static DbContextOptions<TicketingDbContext> Sqlite(string path) =>
        new DbContextOptionsBuilder<TicketingDbContext>().UseSqlite($"Data Source={path}").ConfigureWarnings(IgnoreSnapshot).Options;

    private static DbContextOptions<TicketingDbContext> Postgres(string connectionString) =>
        new DbContextOptionsBuilder<TicketingDbContext>().UseNpgsql(connectionString).ConfigureWarnings(IgnoreSnapshot).Options;

    private static void IgnoreSnapshot(WarningsConfigurationBuilder warnings) => warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    private static async Task<List<string>> SchemaAsync(DbContextOptions<TicketingDbContext> options, bool created, string query)
    {
        await using var db = new TicketingDbContext(options);
        if (created)
        {
            await db.Database.EnsureCreatedAsync();
        }
        else
        {
            await db.Database.MigrateAsync();
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        var rows = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
