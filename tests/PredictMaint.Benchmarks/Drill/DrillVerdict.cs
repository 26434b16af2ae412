using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// The drill's figures. Samples: expected per device (published by a direct device; acknowledged by
/// the broker for an edge device) against stored. Tickets: firmware-sim's
/// <see cref="TicketComparison"/> for each component the predictor models (filter, pump, bearing),
/// plus every ticket none of them sees — another component, or a device outside the ground truth
/// (the edge devices, whose simulated parts are healthy) — as a false ticket.
/// </summary>
internal sealed record DrillVerdict(
    long Expected,
    long Stored,
    IReadOnlyDictionary<string, long> Missing,
    IReadOnlyDictionary<string, TicketComparison> Comparisons,
    int Unjudged,
    int MembraneFailures)
{
    public long Lost => Missing.Values.Sum();

    public int Failures => Comparisons.Values.Sum(c => c.Failing);

    /// <summary>Failures with at least one ticket for that component (a duplicate still tickets it).</summary>
    public int Ticketed => Comparisons.Values.Sum(c => c.Rows.Count(r => r.EndOfLifeAt is not null && r.Tickets.Count > 0));

    /// <summary>Tickets for a component that lasted, and tickets the comparisons do not see.</summary>
    public int FalseTickets => Comparisons.Values.Sum(c => c.Rows.Where(r => r.EndOfLifeAt is null).Sum(r => r.Tickets.Count)) + Unjudged;

    public int Duplicates => Comparisons.Values.Sum(c => c.Rows.Sum(r => Math.Max(0, r.Tickets.Count - 1)));

    public bool Passed => Lost == 0 && FalseTickets == 0 && Ticketed == Failures;

    public static DrillVerdict Judge(
        GroundTruthReport truth, IReadOnlyList<TicketView> tickets, IReadOnlyDictionary<string, long> expected, IReadOnlyDictionary<string, long> stored)
    {
        var inTruth = truth.Devices.Select(d => d.DeviceId).ToHashSet(StringComparer.Ordinal);
        var storedTotal = expected.Keys.Sum(stored.GetValueOrDefault);
        return new DrillVerdict(
            expected.Values.Sum(),
            storedTotal,
            SampleCensus.Missing(expected, stored),
            TicketComparison.PredictedComponents.ToDictionary(c => c, c => TicketComparison.Compare(truth, tickets, c), StringComparer.Ordinal),
            tickets.Count(t => !TicketComparison.PredictedComponents.Contains(t.Component) || !inTruth.Contains(t.DeviceId)),
            truth.Devices.Sum(d => d.Components.Where(c => c.Component == DeviceHistory.Membrane).Sum(c => c.Failures.Count)));
    }
}
