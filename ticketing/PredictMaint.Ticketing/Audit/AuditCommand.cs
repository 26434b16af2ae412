using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Audit;

/// <summary>
/// <c>PredictMaint.Ticketing audit verify --db FILE | --connection STRING | --file EXPORT [--full]</c>:
/// checks the hash chains in a SQLite file, a PostgreSQL database, or an export file, prints
/// every problem, and exits 0 when intact, 1 when tampering is found, 2 on bad usage.
/// </summary>
public static class AuditCommand
{
    public const string Usage = """
        Usage: PredictMaint.Ticketing audit verify (--db FILE | --connection "Host=…;Database=…" | --file EXPORT.jsonl [--full])
          --db FILE           a ticketing SQLite database
          --connection STR    a ticketing PostgreSQL database (Npgsql connection string)
          --file EXPORT       a file from GET /api/audit/export; --full when it was exported without from/to
        Exit code: 0 intact, 1 problems found, 2 usage or read error.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not ["verify", var option, var value, .. var rest] || rest is not ([] or ["--full"]))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        AuditVerification report;
        try
        {
            report = option switch
            {
                "--file" => await VerifyFileAsync(value, rest is ["--full"], cancellationToken),
                "--db" => await VerifyDatabaseAsync(new DbContextOptionsBuilder<TicketingDbContext>().UseSqlite($"Data Source={Path.GetFullPath(value)};Mode=ReadOnly").Options, cancellationToken),
                "--connection" => await VerifyDatabaseAsync(new DbContextOptionsBuilder<TicketingDbContext>().UseNpgsql(value).Options, cancellationToken),
                _ => null!,
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DbUpdateException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            await error.WriteLineAsync($"audit verify: cannot read {value}: {exception.Message}");
            return 2;
        }

        if (report is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync($"TAMPERED ticket {problem.TicketId}: {problem.Problem}");
        }

        await output.WriteLineAsync($"audit intact={(report.Intact ? "true" : "false")} tickets={report.TicketsChecked} records={report.RecordsChecked} problems={report.Problems.Count}");
        return report.Intact ? 0 : 1;
    }

    private static async Task<AuditVerification> VerifyFileAsync(string path, bool full, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path);
        return await AuditExportVerifier.VerifyAsync(reader, full, cancellationToken);
    }

    private static async Task<AuditVerification> VerifyDatabaseAsync(DbContextOptions<TicketingDbContext> options, CancellationToken cancellationToken)
    {
        await using var db = new TicketingDbContext(options);
        return await new AuditStore(db, NullLogger<AuditStore>.Instance).VerifyAsync(cancellationToken);
    }
}
