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

    private sealed class SteppingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
