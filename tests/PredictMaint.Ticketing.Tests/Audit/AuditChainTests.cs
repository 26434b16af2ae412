using PredictMaint.Ticketing.Audit;

namespace PredictMaint.Ticketing.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly Guid TicketId = Guid.Parse("0195f0c0-0000-7000-8000-000000000001");
    private static readonly DateTimeOffset At = new(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_UntouchedChain_HasNoProblems() =>
        Assert.Empty(AuditChain.Verify(Chain(3), "{\"v\":3}"));

    [Fact]
    public void HashOf_SameRecord_IsStableHex()
    {
        var record = Chain(1)[0];

        Assert.Equal(record.Hash, AuditChain.HashOf(record));
        Assert.Matches("^[0-9a-f]{64}$", record.Hash);
        Assert.Equal(AuditChain.Genesis, record.PreviousHash);
    }

    [Fact]
    public void Verify_EditedRecord_ReportsEdited()
    {
        var chain = Chain(3);
        var edited = chain[1];
        chain[1] = new AuditRecord
        {
            TicketId = edited.TicketId, Sequence = edited.Sequence, Actor = "mallory", Role = edited.Role, Action = edited.Action,
            At = edited.At, Before = edited.Before, After = edited.After, PreviousHash = edited.PreviousHash, Hash = edited.Hash,
        };

        var problems = AuditChain.Verify(chain, "{\"v\":3}");

        Assert.Contains(problems, p => p.Contains("record 2", StringComparison.Ordinal) && p.Contains("edited", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_RemovedMiddleRecord_ReportsGap()
    {
        var chain = Chain(3);
        chain.RemoveAt(1);

        var problems = AuditChain.Verify(chain, "{\"v\":3}");

        Assert.Contains(problems, p => p.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("does not link", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_TruncatedTail_ReportsTicketMismatch()
    {
        var chain = Chain(3);
        chain.RemoveAt(2);

        var problems = AuditChain.Verify(chain, "{\"v\":3}");

        Assert.Contains(problems, p => p.Contains("does not match the last audit record", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_RehashedEditWithoutRelinking_BreaksNextLink()
    {
        var chain = Chain(3);
        chain[0] = AuditChain.Link(AuditChain.Genesis, TicketId, 1, "mallory", "admin", "Create", At, null, "{\"v\":1}");

        var problems = AuditChain.Verify(chain, "{\"v\":3}");

        Assert.Contains(problems, p => p.StartsWith("record 2: does not link", StringComparison.Ordinal));
    }

    private static List<AuditRecord> Chain(int length)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= length; i++)
        {
            var record = AuditChain.Link(previous, TicketId, i, "pat", "planner", i == 1 ? "Create" : "Approve", At.AddMinutes(i), i == 1 ? null : $"{{\"v\":{i - 1}}}", $"{{\"v\":{i}}}");
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }
}
