using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

/// <summary>Plays a fleet in memory and keeps every sample, for physics assertions.</summary>
internal sealed record FleetRun(FleetOptions Options, SimulatedPurifier[] Devices, IReadOnlyDictionary<string, List<TelemetrySample>> Samples)
{
    public static FleetRun Play(FleetOptions options)
    {
        var devices = FleetPlan.Create(options).Select(s => new SimulatedPurifier(s)).ToArray();
        var samples = devices.ToDictionary(d => d.Spec.DeviceId, _ => new List<TelemetrySample>());
        for (var t = options.Start; t < options.End; t += options.MessageInterval)
        {
            foreach (var device in devices)
            {
                samples[device.Spec.DeviceId].AddRange(device.NextMessage(t, options.SampleInterval, options.SamplesPerMessage).Samples);
            }
        }

        return new FleetRun(options, devices, samples);
    }
}
