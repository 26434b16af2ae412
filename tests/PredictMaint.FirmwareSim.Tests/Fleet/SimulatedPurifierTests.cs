using PredictMaint.FirmwareSim.Fleet;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

public sealed class SimulatedPurifierTests
{
    private static readonly FleetOptions Options = new() { Devices = 40, Duration = TimeSpan.FromDays(20), FailingFraction = 0.25, Seed = 11 };

    [Fact]
    public void NextMessage_SequenceNumbers_IncreaseByOne()
    {
        var device = new SimulatedPurifier(FleetPlan.Create(Options)[0]);
        var first = device.NextMessage(Options.Start, Options.SampleInterval, 6);
        var second = device.NextMessage(Options.Start + Options.MessageInterval, Options.SampleInterval, 6);
        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.Equal(6, first.Samples.Count);
        Assert.Equal(Options.Start + (Options.SampleInterval * 5), first.Samples[^1].Timestamp);
    }

    [Fact]
    public void Sample_SameSpec_IsDeterministic()
    {
        var spec = FleetPlan.Create(Options)[3];
        var a = new SimulatedPurifier(spec).NextMessage(Options.Start, Options.SampleInterval, 24);
        var b = new SimulatedPurifier(spec).NextMessage(Options.Start, Options.SampleInterval, 24);
        Assert.Equal(a.Samples, b.Samples);
    }

    [Fact]
    public void Sample_OutletPressure_IsInletMinusDrop()
    {
        var device = new SimulatedPurifier(FleetPlan.Create(Options)[1]);
        foreach (var sample in device.NextMessage(Options.Start.AddHours(8), Options.SampleInterval, 12).Samples)
        {
            // Each reading is rounded to 0.01 kPa on its own.
            Assert.InRange(sample.InletPressureKpa!.Value - sample.PressureDropKpa!.Value - sample.OutletPressureKpa!.Value, -0.011, 0.011);
        }
    }

    [Fact]
    public void FullRun_PlannedFailures_ReachEndOfLifeInsideTheRunAndOthersDoNot()
    {
        var specs = FleetPlan.Create(Options);
        var devices = specs.Select(s => new SimulatedPurifier(s)).ToArray();
        for (var t = Options.Start; t < Options.End; t += Options.MessageInterval)
        {
            foreach (var device in devices)
            {
                device.NextMessage(t, Options.SampleInterval, Options.SamplesPerMessage);
            }
        }

        var failed = devices.Where(d => d.FilterEndOfLifeAt is not null).ToArray();
        Assert.Equal(10, failed.Length);
        Assert.All(failed, d => Assert.InRange(d.FilterEndOfLifeAt!.Value, Options.Start.AddDays(2), Options.End));
        // Healthy filters end the run far from their end of life, so no honest model should ticket them.
        Assert.All(devices.Except(failed), d => Assert.True(d.FilteredLitres < 0.7 * d.Spec.Filter.EndOfLifeVolumeLitres));
    }
}
