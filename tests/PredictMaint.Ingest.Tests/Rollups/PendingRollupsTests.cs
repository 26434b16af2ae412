using PredictMaint.Ingest.Rollups;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Tests.Rollups;

public sealed class PendingRollupsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 15, 50, 0, TimeSpan.Zero);

    [Fact]
    public void Mark_SamplesAcrossAnHourAndALocalMidnight_TwoHoursAndTwoDays()
    {
        // Asia/Shanghai is UTC+8: 15:50Z is 23:50 local, 16:10Z is 00:10 the next local day.
        var pending = Pending(maxDevices: 100, ("site-1", "Asia/Shanghai"));

        pending.Mark(Message("dev-1", Start, Start.AddMinutes(5), Start.AddMinutes(20)));
        var taken = pending.TakeAll();

        Assert.Equal(2, taken.Count(b => b.Key.Kind == RollupKind.Hourly));
        Assert.Equal(
            [new DateTimeOffset(2026, 1, 4, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 5, 16, 0, 0, TimeSpan.Zero)],
            taken.Where(b => b.Key.Kind == RollupKind.Daily).Select(b => b.Key.Start));
        Assert.All(taken, b => Assert.Equal(["dev-1"], b.Value!));
        Assert.Empty(pending.TakeAll());
    }

    [Fact]
    public void Outstanding_TakenByAPass_CountsUntilThePassEnds()
    {
        var pending = Pending(maxDevices: 100);
        pending.Mark(Message("dev-1", Start, Start.AddMinutes(20))); // hours 15 and 16, one day
        Assert.Equal(3, pending.Outstanding);

        var taken = pending.TakeAll();
        Assert.Equal(3, pending.Outstanding); // taken, not rolled up yet
        pending.Restore(taken.Skip(2)); // the pass failed on its last bucket
        pending.Compact();
        Assert.Equal(1, pending.Outstanding);

        pending.TakeAll();
        pending.Compact();
        Assert.Equal(0, pending.Outstanding);
    }

    [Fact]
    public void Mark_BeyondTheDeviceBound_BucketCoversAllDevices()
    {
        var pending = Pending(maxDevices: 3);

        foreach (var device in new[] { "a", "b", "c", "d" })
        {
            pending.Mark(Message(device, Start));
        }

        var taken = pending.TakeAll();
        Assert.Contains(taken, b => b.Value is null);
        Assert.True(pending.Count == 0);
    }

    [Fact]
    public void Restore_AfterTake_PendingAgain()
    {
        var pending = Pending(maxDevices: 100);
        pending.Mark(Message("dev-1", Start));
        var taken = pending.TakeAll();

        pending.Restore(taken);

        Assert.Equal(taken.Select(b => b.Key), pending.TakeAll().Select(b => b.Key));
    }

    [Fact]
    public void TakeDue_BucketMarkedRecently_StaysPendingUntilOldEnough()
    {
        var clock = new SteppingClock(Start);
        var pending = new PendingRollups(new RollupZones(new RollupOptions()), 100, clock);
        pending.Mark(Message("dev-1", Start));

        var early = pending.TakeDue(TimeSpan.FromSeconds(30));
        clock.Now = Start.AddSeconds(30);
        pending.Mark(Message("dev-2", Start)); // same buckets, marked again: the first mark counts
        var due = pending.TakeDue(TimeSpan.FromSeconds(30));

        Assert.Empty(early);
        Assert.Equal(2, due.Count);
        Assert.All(due, b => Assert.Equal(["dev-1", "dev-2"], b.Value!.Order()));
        Assert.Empty(pending.TakeAll());
    }

    [Fact]
    public void Journal_MarksOfAKilledInstance_PendingAgainInTheNextOne()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "rollups.journal");
        var zones = new RollupZones(new RollupOptions { SiteTimeZones = { ["site-1"] = "Asia/Shanghai" } });
        var first = RollupJournal.Open(path);
        var before = new PendingRollups(zones, 100, TimeProvider.System, first);
        before.Mark(Message("dev-1", Start, Start.AddMinutes(20)));
        before.Mark(Message("dev-2", Start));
        var expected = before.TakeAll();
        first.Dispose(); // no pass, no compaction: as if killed here

        using var second = RollupJournal.Open(path);
        var after = new PendingRollups(zones, 100, TimeProvider.System, second);

        Assert.Equal(4, after.Recovered);
        var recovered = after.TakeAll();
        Assert.Equal(expected.Select(b => b.Key), recovered.Select(b => b.Key));
        Assert.Equal(expected.Select(b => string.Join(',', b.Value!.Order())), recovered.Select(b => string.Join(',', b.Value!.Order())));
    }

    [Fact]
    public void Journal_CompactedAfterAPass_KeepsOnlyWhatIsStillPending()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "rollups.journal");
        var zones = new RollupZones(new RollupOptions());
        using (var journal = RollupJournal.Open(path))
        {
            var pending = new PendingRollups(zones, 100, TimeProvider.System, journal);
            pending.Mark(Message("dev-1", Start));
            pending.TakeAll(); // rolled up
            pending.Mark(Message("dev-2", Start.AddHours(3)));
            pending.Compact();
        }

        using var reopened = RollupJournal.Open(path);
        var marks = reopened.ReadAll();
        Assert.Equal(2, marks.Count); // the hour and the day of dev-2 only
        Assert.All(marks, m => Assert.Equal("dev-2", m.Device));
    }

    [Fact]
    public void Journal_LastLineCutShortAndAllDevicesMark_TornLineSkippedAllDevicesKept()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "rollups.journal");
        var zones = new RollupZones(new RollupOptions());
        using (var journal = RollupJournal.Open(path))
        {
            var pending = new PendingRollups(zones, 1, TimeProvider.System, journal);
            pending.Mark(Message("dev-1", Start));
            pending.Mark(Message("dev-2", Start)); // beyond the bound: the buckets now cover all devices
        }

        File.AppendAllText(path, "H\t1767628800000\t1767632400000\tUTC\t\tdev-"); // a kill mid-line

        using var reopened = RollupJournal.Open(path);
        var recovered = new PendingRollups(zones, 1, TimeProvider.System, reopened).TakeAll();
        Assert.Equal(2, recovered.Count);
        Assert.All(recovered, b => Assert.Null(b.Value));
    }

    [Fact]
    public void Journal_SecondProcessOpensTheSameFile_RefusedWithWhatToDo()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "rollups.journal");
        using var first = RollupJournal.Open(path);

        var error = Assert.Throws<InvalidOperationException>(() => RollupJournal.Open(path));

        Assert.Contains("JournalFile", error.Message, StringComparison.Ordinal);
    }

    private static PendingRollups Pending(int maxDevices, params (string Site, string Zone)[] zones)
    {
        var options = new RollupOptions();
        foreach (var (site, zone) in zones)
        {
            options.SiteTimeZones[site] = zone;
        }

        return new PendingRollups(new RollupZones(options), maxDevices, TimeProvider.System);
    }

    private static TelemetryMessage Message(string device, params DateTimeOffset[] times) => new()
    {
        SchemaVersion = 1,
        SiteId = "site-1",
        DeviceId = device,
        Model = "aqua-400",
        Sequence = 1,
        Samples = [.. times.Select(t => new TelemetrySample { Timestamp = t, PressureDropKpa = 30 })],
    };

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("pm-rollup-journal-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    private sealed class SteppingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
