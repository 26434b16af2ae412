using PredictMaint.FirmwareSim.Physics;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Physics;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>
/// One purifier stepping through simulated time: usage draws water through the filter, the
/// filter loads, and the sensors read the result with noise. Records exactly when the filter
/// crossed its end-of-life volume (the ground truth).
/// </summary>
internal sealed class SimulatedPurifier
{
    private const double MainsPressureKpa = 320.0;
    private readonly Random _random;

    public SimulatedPurifier(DeviceSpec spec)
    {
        Spec = spec;
        _random = new Random(spec.Seed);
        FilteredLitres = spec.InitialFilteredLitres;
    }

    public DeviceSpec Spec { get; }

    public double FilteredLitres { get; private set; }

    public DateTimeOffset? FilterEndOfLifeAt { get; private set; }

    public long NextSequence { get; private set; } = 1;

    public TelemetryMessage NextMessage(DateTimeOffset start, TimeSpan sampleInterval, int samples)
    {
        var batch = new TelemetrySample[samples];
        for (var i = 0; i < samples; i++)
        {
            batch[i] = Sample(start + (sampleInterval * i), sampleInterval);
        }

        return new TelemetryMessage
        {
            SchemaVersion = TelemetryMessage.CurrentSchemaVersion,
            SiteId = Spec.SiteId,
            DeviceId = Spec.DeviceId,
            Model = Spec.Model,
            Sequence = NextSequence++,
            Samples = batch,
        };
    }

    /// <summary>Reads the sensors at <paramref name="time"/>, then lets water flow for one interval.</summary>
    public TelemetrySample Sample(DateTimeOffset time, TimeSpan interval)
    {
        var rated = Spec.RatedFlowLitresPerMinute;
        var demand = Spec.Profile.Demand(time);
        var flow = demand < 0.02 ? 0.0 : Math.Clamp(rated * demand * Gaussian.Next(_random, 1.0, 0.08), 0.0, rated * 1.2);
        var temperature = WaterTemperature(time);
        var pressureDrop = Math.Max(0.0, Spec.Filter.PressureDropKpa(FilteredLitres, flow, rated, WaterViscosity.RelativeToReference(temperature)) + Gaussian.Next(_random, 0, 0.4));
        var inlet = MainsPressureKpa + Gaussian.Next(_random, 0, 4.0);
        var running = flow > 0;

        var sample = new TelemetrySample
        {
            Timestamp = time,
            InletPressureKpa = Math.Round(inlet, 2),
            OutletPressureKpa = Math.Round(inlet - pressureDrop, 2),
            PressureDropKpa = Math.Round(pressureDrop, 2),
            FlowLitresPerMinute = Math.Round(flow, 3),
            WaterTemperatureCelsius = Math.Round(temperature, 2),
            PumpCurrentAmps = Math.Round(running ? 1.1 + (0.35 * flow / rated) + (0.004 * pressureDrop) + Gaussian.Next(_random, 0, 0.02) : 0.02, 3),
            VibrationRmsMillimetresPerSecond = Math.Round(running ? Math.Abs(Gaussian.Next(_random, 1.4, 0.1)) : Math.Abs(Gaussian.Next(_random, 0.05, 0.02)), 3),
        };

        AdvanceFlow(time, interval, flow);
        return sample;
    }

    private void AdvanceFlow(DateTimeOffset time, TimeSpan interval, double flow)
    {
        var before = FilteredLitres;
        FilteredLitres += flow * interval.TotalMinutes;
        var endOfLife = Spec.Filter.EndOfLifeVolumeLitres;
        if (FilterEndOfLifeAt is null && before < endOfLife && FilteredLitres >= endOfLife)
        {
            // The crossing happens part-way through the interval, in proportion to the volume.
            FilterEndOfLifeAt = time + (interval * ((endOfLife - before) / (FilteredLitres - before)));
        }
        else if (FilterEndOfLifeAt is null && before >= endOfLife)
        {
            FilterEndOfLifeAt = time;
        }
    }

    // Seasonal swing (coldest in late winter) plus a small daily swing in the pipes.
    private double WaterTemperature(DateTimeOffset time)
    {
        var season = Math.Sin(2 * Math.PI * (time.DayOfYear - 110) / 365.25);
        var day = Math.Sin(2 * Math.PI * (time.Hour - 9) / 24.0);
        return 14.0 + (6.0 * season) + (0.8 * day) + Gaussian.Next(_random, 0, 0.15);
    }
}
