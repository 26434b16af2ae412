using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Recognises failures that mean "someone else wrote first; read again and retry".</summary>
public static class WriteConflicts
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsWriteConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || IsUniqueViolation(exception);

    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        }
        or Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };
}
