using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

public sealed class ComponentPhysicsTests
{
    private static readonly Lazy<FleetRun> Default = new(() => FleetRun.Play(new FleetOptions
    {
        Devices = 40, Duration = TimeSpan.FromDays(30), Seed = 3, BearingFailingFraction = 0.1, PumpFailingFraction = 0.1, PumpSeizureFraction = 0.05,
    }));

    [Fact]
    public void Sample_EveryChannel_StaysInPhysicalRange()
    {
        var ranges = new Dictionary<string, (double Min, double Max)>
        {
            ["inlet_pressure_kpa"] = (250, 400), ["outlet_pressure_kpa"] = (0, 400), ["pressure_drop_kpa"] = (0, 320), ["flow_lpm"] = (0, 5),
            ["water_temp_c"] = (0, 35), ["pump_current_a"] = (0, 8), ["vibration_rms_mm_s"] = (0, 20), ["vibration_peak_mm_s"] = (0, 200),
            ["vibration_kurtosis"] = (1.5, 12), ["tds_in_ppm"] = (50, 1000), ["tds_out_ppm"] = (0, 200), ["pump_running"] = (0, 1), ["leak_detected"] = (0, 1),
        };
        // Computed by the edge agent (from a vibration waveform, from ΔP, flow and temperature); the simulated fleet does not report them.
        string[] edgeComputed = ["vibration_crest_factor", "vibration_band_10_100hz_m2_s4", "vibration_band_100_500hz_m2_s4", "vibration_band_500_1000hz_m2_s4", "filter_clogging_index_kpa"];
        Assert.Equal(TelemetryChannel.All.Select(c => c.FieldName).Order(), ranges.Keys.Concat(edgeComputed).Order());
        foreach (var sample in Default.Value.Samples.Values.SelectMany(s => s))
        {
            foreach (var channel in TelemetryChannel.All.Where(c => !edgeComputed.Contains(c.FieldName)))
            {
                var value = channel.Read(sample);
                Assert.True(value is { } v && v >= ranges[channel.FieldName].Min && v <= ranges[channel.FieldName].Max, $"{channel.FieldName}={value} at {sample.Timestamp}");
            }
        }
    }

    [Fact]
    public void FullRun_BearingPastOnset_RmsGrowsAndReachesZoneD()
    {
        var failed = Default.Value.Devices.Where(d => d.History.FailuresOf(Component.Bearing).Count > 0).ToArray();
        Assert.NotEmpty(failed);
        foreach (var device in failed)
        {
            var at = device.History.FailuresOf(Component.Bearing)[0].At;
            var running = Default.Value.Samples[device.Spec.DeviceId].Where(s => s.PumpRunning == 1).ToArray();
            var early = running.Where(s => s.Timestamp < at - TimeSpan.FromDays(20)).Select(s => s.VibrationRmsMillimetresPerSecond!.Value).DefaultIfEmpty(1.4).Average();
            var late = running.Where(s => s.Timestamp > at - TimeSpan.FromHours(12) && s.Timestamp <= at).Select(s => s.VibrationRmsMillimetresPerSecond!.Value).ToArray();
            Assert.True(late.Length == 0 || late.Average() > 2.5 * early, $"{device.Spec.DeviceId}: early {early}, late {late.DefaultIfEmpty().Average()}");
            Assert.True(late.Length == 0 || late.Average() > 3.5);
        }
    }

    [Fact]
    public void FullRun_PumpSeizure_CurrentSpikesThenPumpStops()
    {
        var device = Assert.Single(Default.Value.Devices.Where(d => d.Spec.Components.PumpSeizureAt is not null).Take(1), d => d.History.FailuresOf(Component.Pump).Any(f => f.Mode == "seizure"));
        var at = device.History.FailuresOf(Component.Pump).First(f => f.Mode == "seizure").At;
        var samples = Default.Value.Samples[device.Spec.DeviceId];
        Assert.Contains(samples, s => s.Timestamp == at && s.PumpCurrentAmps >= 7.5);
        var repairedAt = at + Default.Value.Options.RepairDelay!.Value;
        Assert.All(samples.Where(s => s.Timestamp > at && s.Timestamp < repairedAt), s => Assert.Equal((0, 0.0), (s.PumpRunning!.Value, s.FlowLitresPerMinute!.Value)));
        Assert.Contains(device.History.Maintenance, m => m.Component == Component.Pump && m.At == repairedAt);
    }

    [Fact]
    public void FullRun_FilterReplacedAtEndOfLife_PressureDropResetsAndEventIsPublished()
    {
        var run = FleetRun.Play(new FleetOptions { Devices = 6, Sites = 2, Duration = TimeSpan.FromDays(20), Seed = 9, FailingFraction = 1.0, ReplaceFiltersAtEndOfLife = true, RepairDelay = TimeSpan.FromDays(1) });
        foreach (var device in run.Devices)
        {
            var visit = device.History.Maintenance.First(m => m.Component == Component.Filter);
            var samples = run.Samples[device.Spec.DeviceId].Where(s => s.FlowLitresPerMinute > 3.0).ToArray();
            var before = samples.Where(s => s.Timestamp < visit.At).TakeLast(3).Average(s => s.PressureDropKpa!.Value / s.FlowLitresPerMinute!.Value);
            var after = samples.Where(s => s.Timestamp > visit.At).Take(3).Average(s => s.PressureDropKpa!.Value / s.FlowLitresPerMinute!.Value);
            Assert.True(after < 0.6 * before, $"{device.Spec.DeviceId}: {before} kPa/lpm before, {after} after");
        }
    }

    [Fact]
    public void NextMessage_AfterPumpMeasuredAtHigherFlow_ReadsHigherCurrent()
    {
        var samples = Default.Value.Samples.Values.SelectMany(s => s).Where(s => s.PumpRunning == 1 && s.FlowLitresPerMinute > 0).ToArray();
        var low = samples.Where(s => s.FlowLitresPerMinute < 1.5).Average(s => s.PumpCurrentAmps!.Value);
        var high = samples.Where(s => s.FlowLitresPerMinute > 3.5).Average(s => s.PumpCurrentAmps!.Value);
        Assert.True(high > low + 0.3, $"{low} A at low flow, {high} A at high flow");
    }
}
