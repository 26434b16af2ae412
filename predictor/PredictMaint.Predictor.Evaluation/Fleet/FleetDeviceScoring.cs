using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>
/// Plays one simulated device and scores it exactly as the service would: the newest
/// <see cref="PredictorOptions.SamplesPerDevice"/> samples at each point of the evaluation grid,
/// the device's maintenance events in a <see cref="MaintenanceLog"/>, and the same
/// <see cref="DeviceScorer"/> and <see cref="PredictionTracker"/>. Returns the alarms (new tickets).
/// </summary>
internal static class FleetDeviceScoring
{
    /// <param name="observe">Sees every rule's verdict (component, device time, verdict), for <c>--trace</c>.</param>
    public static (IReadOnlyList<FleetAlarm> Alarms, SimulatedPurifier Device) Run(
        DeviceSpec spec, FleetOptions fleet, PredictorOptions options, Action<string, DateTimeOffset, RuleVerdict>? observe = null)
    {
        var device = new SimulatedPurifier(spec);
        var rounds = (int)Math.Ceiling(fleet.Duration / fleet.MessageInterval);
        var times = new List<DateTimeOffset>();
        var pressure = new List<double>();
        var flow = new List<double>();
        var temperature = new List<double>();
        var inlet = new List<double>();
        var outlet = new List<double>();
        var rms = new List<double>();
        var kurtosis = new List<double>();
        var running = new List<double>();
        var current = new List<double>();
        var maintenance = new MaintenanceLog();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var sample in device.NextMessage(fleet.Start + (fleet.MessageInterval * round), fleet.SampleInterval, fleet.SamplesPerMessage).Samples)
            {
                times.Add(sample.Timestamp);
                pressure.Add(sample.PressureDropKpa ?? double.NaN);
                flow.Add(sample.FlowLitresPerMinute ?? double.NaN);
                temperature.Add(sample.WaterTemperatureCelsius ?? double.NaN);
                inlet.Add(sample.InletPressureKpa ?? double.NaN);
                outlet.Add(sample.OutletPressureKpa ?? double.NaN);
                rms.Add(sample.VibrationRmsMillimetresPerSecond ?? double.NaN);
                kurtosis.Add(sample.VibrationKurtosis ?? double.NaN);
                running.Add(sample.PumpRunning ?? double.NaN);
                current.Add(sample.PumpCurrentAmps ?? double.NaN);
            }

            foreach (var e in device.History.TakeEvents())
            {
                if (e is { Kind: DeviceEvent.Maintenance, Component: { } component })
                {
                    maintenance.Record(e.SiteId, e.DeviceId, component, e.Timestamp);
                }
            }
        }

        var window = new DeviceWindow(spec.SiteId, spec.DeviceId, spec.Model, [.. times], [.. pressure], [.. flow], [.. temperature])
        {
            InletPressureKpa = [.. inlet],
            OutletPressureKpa = [.. outlet],
            PumpCurrentAmps = [.. current],
        };
        var hourly = HourlyRollup.Of(spec.SiteId, spec.DeviceId, window.Times, [rms, kurtosis, running, current, flow, pressure, inlet, outlet]);
        return (Score(window, hourly, maintenance, options, observe), device);
    }

    private static List<FleetAlarm> Score(
        DeviceWindow window, HourlyFeatures hourly, MaintenanceLog maintenance, PredictorOptions options, Action<string, DateTimeOffset, RuleVerdict>? observe)
    {
        var tracker = new PredictionTracker(options);
        var alarms = new List<FleetAlarm>();
        var open = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal); // component → visit it was opened after
        foreach (var at in EvaluationSchedule.Times(window.Times, null, options.EvaluationStep))
        {
            var decisions = DeviceScorer.ScoreFilter(Newest(window, at, options.SamplesPerDevice), [at], maintenance, tracker, options, observe: observe)
                .Concat(DeviceScorer.ScoreHourly(hourly, [at], maintenance, tracker, options, observe: observe));
            foreach (var decision in decisions)
            {
                var component = decision.Prediction?.Component ?? decision.Retraction!.Component;
                // A visit closes the ticket on site; a later prediction is a new ticket.
                var visit = maintenance.LastVisit(window.SiteId, window.DeviceId, component, at);
                if (decision.Prediction is { } p && !(open.TryGetValue(component, out var since) && since == visit))
                {
                    alarms.Add(new FleetAlarm(window.DeviceId, component, at, p.PredictedFailureAt));
                    open[component] = visit;
                }
                else if (decision.Retraction is not null)
                {
                    open.Remove(component);
                }
            }
        }

        return alarms;
    }

    // What the service's query returns at device time `at`: the newest n samples up to then.
    private static DeviceWindow Newest(DeviceWindow window, DateTimeOffset at, int n)
    {
        var end = window.CountUpTo(at);
        return window.Slice(Math.Max(0, end - n), end);
    }
}
