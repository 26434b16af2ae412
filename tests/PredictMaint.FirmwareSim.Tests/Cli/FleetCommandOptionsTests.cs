using PredictMaint.FirmwareSim.Cli;
using PredictMaint.FirmwareSim.Fleet;

namespace PredictMaint.FirmwareSim.Tests.Cli;

public sealed class FleetCommandOptionsTests
{
    private static readonly FileInfo Example = new(Path.Combine(FindRoot(), "firmware-sim", "fleet.example.json"));

    [Fact]
    public void Load_ExampleFile_ReadsRatesAndTimeZones()
    {
        var options = FleetCommandOptions.Load(Example);
        Assert.Equal(["Europe/Berlin", "America/New_York", "Asia/Singapore"], options.SiteTimeZones);
        Assert.Equal(TimeSpan.FromDays(3), options.RepairDelay);
        Assert.True(options.ReplaceFiltersAtEndOfLife);
        Assert.Equal(6, options.SensorFaultsPerDeviceYear);
        Assert.Contains(new DateOnly(2026, 12, 25), options.Holidays);
    }

    [Fact]
    public void Load_YamlExample_SameOptionsAsTheJsonExample()
    {
        var yaml = FleetCommandOptions.Load(new FileInfo(Path.ChangeExtension(Example.FullName, ".yaml")));
        var json = FleetCommandOptions.Load(Example);
        Assert.Equal(json with { Models = null, ProfileShares = null, SiteTimeZones = [], Holidays = [] }, yaml with { Models = null, ProfileShares = null, SiteTimeZones = [], Holidays = [] });
        Assert.Equal(json.Holidays, yaml.Holidays);
        Assert.Equal(json.Models, yaml.Models);
        Assert.Equal(json.ProfileShares!.OrderBy(p => p.Key), yaml.ProfileShares!.OrderBy(p => p.Key));
        Assert.Equal(json.SiteTimeZones, yaml.SiteTimeZones);
    }

    [Fact]
    public void Load_NoFile_Defaults() => Assert.Equal(new FleetOptions().Seed, FleetCommandOptions.Load(null).Seed);

    [Fact]
    public void Create_SitesInTimeZones_UsageFollowsLocalClock()
    {
        var options = new FleetOptions { Devices = 2, Sites = 2, Duration = TimeSpan.FromDays(1), SiteTimeZones = ["UTC", "Asia/Tokyo"], FailingFraction = 0 };
        var devices = FleetPlan.Create(options).Select(s => new SimulatedPurifier(s)).ToArray();
        var utc = devices[0].NextMessage(options.Start, TimeSpan.FromHours(1), 24).Samples.Select(s => s.PumpRunning).ToArray();
        Assert.Equal("Asia/Tokyo", devices[1].Spec.Components.TimeZone.Id);
        // Household at 03:00 local stands idle: 03:00 UTC for the first, 18:00 UTC for Tokyo (UTC+9).
        Assert.Equal(0, utc[3]);
        Assert.Equal(0, devices[1].NextMessage(options.Start.AddHours(18), TimeSpan.FromHours(1), 1).Samples[0].PumpRunning);
    }

    [Fact]
    public void Create_OfficeOnAHoliday_IdleAllDayAndBackToWorkTheNextDay()
    {
        // Tuesday 6 January 2026 is the holiday; Wednesday is a normal working day.
        var options = new FleetOptions
        {
            Devices = 1, Sites = 1, Start = new DateTimeOffset(2026, 1, 6, 0, 0, 0, TimeSpan.Zero), Duration = TimeSpan.FromDays(2),
            ProfileShares = new Dictionary<string, double> { ["office"] = 1 }, Holidays = [new DateOnly(2026, 1, 6)], FailingFraction = 0,
        };
        var device = new SimulatedPurifier(FleetPlan.Create(options)[0]);

        var samples = device.NextMessage(options.Start, TimeSpan.FromHours(1), 48).Samples;

        Assert.Equal("office", device.Spec.Profile.Name);
        Assert.All(samples.Take(24), s => Assert.Equal(0, s.PumpRunning));
        Assert.Contains(samples.Skip(24), s => s.PumpRunning == 1);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "PredictMaint.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
