using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

public sealed class SensorFaultTests
{
    [Fact]
    public void FullRun_InjectedFaults_AreInGroundTruthAndShowInTheReadings()
    {
        var options = new FleetOptions { Devices = 20, Duration = TimeSpan.FromDays(20), Seed = 4, SensorFaultsPerDeviceYear = 60, LeaksPerDeviceYear = 10, DryRunsPerDeviceYear = 40 };
        var run = FleetRun.Play(options);
        var truths = run.Devices.Select(d => (Device: d, Truth: d.Truth(options.End))).ToArray();
        var faults = truths.SelectMany(t => t.Truth.Faults.Select(f => (t.Device, Fault: f))).ToArray();
        Assert.Contains(faults, f => f.Fault.Kind == "dropout");
        Assert.Contains(faults, f => f.Fault.Kind == "leak");
        Assert.Contains(faults, f => f.Fault.Kind == "dry_run");
        Assert.All(run.Samples.Values.SelectMany(s => s).SelectMany(s => TelemetryChannel.All.Select(c => c.Read(s))), v => Assert.True(v is null || double.IsFinite(v.Value)));

        foreach (var (device, fault) in faults.Where(f => f.Fault.Kind == "dropout"))
        {
            var channel = TelemetryChannel.All.Single(c => c.FieldName == fault.Channel);
            var inWindow = run.Samples[device.Spec.DeviceId].Where(s => s.Timestamp >= fault.Start && s.Timestamp < fault.End).ToArray();
            Assert.All(inWindow, s => Assert.Null(channel.Read(s)));
        }

        foreach (var leaking in faults.Where(f => f.Fault.Kind == "leak").GroupBy(f => f.Device))
        {
            var windows = leaking.Select(f => f.Fault).ToArray();
            Assert.All(run.Samples[leaking.Key.Spec.DeviceId], s =>
                Assert.Equal(windows.Any(w => s.Timestamp >= w.Start && s.Timestamp < w.End) ? 1 : 0, s.LeakDetected));
        }

        Assert.All(truths.Where(t => t.Truth.Faults.Count == 0), t => Assert.DoesNotContain(run.Samples[t.Device.Spec.DeviceId], s => s.PressureDropKpa is null));
    }

    [Fact]
    public void FullRun_DefaultOptions_InjectNoFaults()
    {
        var options = new FleetOptions { Devices = 10, Duration = TimeSpan.FromDays(5) };
        var run = FleetRun.Play(options);
        Assert.All(run.Devices, d => Assert.Empty(d.Truth(options.End).Faults));
    }
}
