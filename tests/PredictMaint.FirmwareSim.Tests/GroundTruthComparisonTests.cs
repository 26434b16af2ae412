using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.FirmwareSim.Tests;

public sealed class GroundTruthComparisonTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DeviceTruth Device(string id, DateTimeOffset? endOfLife) => new()
    {
        SiteId = "s", DeviceId = id, Model = "m", Profile = "household", FilterEndOfLifeAt = endOfLife, FilterEndOfLifeLitres = 1, FilteredLitresAtEnd = 1,
    };

    [Fact]
    public void Compare_MixedOutcomes_ClassifiesEachDevice()
    {
        var truth = new GroundTruthReport
        {
            Seed = 1, Start = T0, End = T0.AddDays(30), EndOfLifePressureDropKpa = 100, MessagesPublished = 0, SamplesPublished = 0,
            Devices = [Device("hit", T0.AddDays(10)), Device("miss", T0.AddDays(12)), Device("fa", null), Device("ok", null), Device("dup", T0.AddDays(5))],
        };
        TicketView Ticket(string device, string component = "filter") => new(device, component, T0.AddDays(8), T0.AddDays(10));
        var result = TicketComparison.Compare(truth, [Ticket("hit"), Ticket("fa"), Ticket("dup"), Ticket("dup"), Ticket("miss", "pump")], "filter");

        Assert.Equal(
            ["hit", "missed", "false alarm", "ok", "duplicate"],
            result.Rows.Select(r => r.Verdict));
        Assert.Equal((3, 1, 1, 1, 1), (result.Failing, result.Hits, result.MissedCount, result.FalseAlarms, result.Duplicates));
        Assert.Equal(TimeSpan.FromDays(2), result.Rows[0].LeadTime);
    }

    [Fact]
    public void Compare_Pump_JudgesByThePumpsOwnFailuresNotTheFilters()
    {
        static ComponentTruth Pump(params DateTimeOffset[] failures) =>
            new() { Component = "pump", Failures = [.. failures.Select(at => new FailureTruth { At = at, Mode = "wear" })], LifeUsedAtEnd = 0.5 };
        var truth = new GroundTruthReport
        {
            Seed = 1, Start = T0, End = T0.AddDays(30), EndOfLifePressureDropKpa = 100, MessagesPublished = 0, SamplesPublished = 0,
            Devices =
            [
                Device("worn", T0.AddDays(3)) with { Components = [Pump(T0.AddDays(20), T0.AddDays(9))] },
                Device("clogged-only", T0.AddDays(3)) with { Components = [Pump()] },
                Device("no-pump-truth", T0.AddDays(3)),
            ],
        };
        TicketView Ticket(string device) => new(device, "pump", T0.AddDays(6), T0.AddDays(9));
        var result = TicketComparison.Compare(truth, [Ticket("worn"), Ticket("clogged-only")], "pump");

        Assert.Equal(["hit", "false alarm", "ok"], result.Rows.Select(r => r.Verdict));
        Assert.Equal(T0.AddDays(9), result.Rows[0].EndOfLifeAt); // the first of its failures
        Assert.Equal(TimeSpan.FromDays(3), result.Rows[0].LeadTime);
        Assert.Equal(1, result.Failing);
    }
}
