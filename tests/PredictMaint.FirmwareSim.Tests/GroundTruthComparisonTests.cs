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
}
