using System.Globalization;
using System.Text.Json;

namespace PredictMaint.Ticketing.Audit;

/// <summary>
/// Checks an export file without the database: every record's hash, and for each ticket that
/// consecutive records link and have consecutive sequence numbers. An export cut by a time
/// window may start a ticket mid-chain; with <c>requireGenesis</c> (a full export) every chain
/// must start at sequence 1 on the genesis hash. Records of one ticket must appear in order.
/// </summary>
public static class AuditExportVerifier
{
    public static async Task<AuditVerification> VerifyAsync(TextReader reader, bool requireGenesis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var last = new Dictionary<Guid, AuditRecord>();
        var problems = new List<AuditProblem>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            AuditRecord record;
            try
            {
                record = AuditExport.Read(line);
            }
            catch (Exception exception) when (exception is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add(new AuditProblem(Guid.Empty, Line(lineNumber, $"not an audit record ({exception.Message})")));
                continue;
            }

            if (AuditChain.HashOf(record) != record.Hash)
            {
                problems.Add(new AuditProblem(record.TicketId, Line(lineNumber, $"record {record.Sequence}: content does not match its hash (edited)")));
            }

            if (last.TryGetValue(record.TicketId, out var previous))
            {
                if (record.Sequence != previous.Sequence + 1)
                {
                    problems.Add(new AuditProblem(record.TicketId, Line(lineNumber, $"record {record.Sequence} follows {previous.Sequence} (a record is missing, inserted or out of order)")));
                }

                if (record.PreviousHash != previous.Hash)
                {
                    problems.Add(new AuditProblem(record.TicketId, Line(lineNumber, $"record {record.Sequence}: does not link to the record before it")));
                }
            }
            else if (requireGenesis && (record.Sequence != 1 || record.PreviousHash != AuditChain.Genesis))
            {
                problems.Add(new AuditProblem(record.TicketId, Line(lineNumber, $"the chain starts at record {record.Sequence}, not at the genesis record")));
            }

            last[record.TicketId] = record;
        }

        return new AuditVerification(problems.Count == 0, last.Count, lineNumber, problems);
    }

    private static string Line(int number, string text) => string.Create(CultureInfo.InvariantCulture, $"line {number}: {text}");
}
