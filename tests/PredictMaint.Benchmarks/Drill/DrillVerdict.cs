using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// The drill's figures. Samples: expected per device (published by a direct device; acknowledged by
/// the broker for an edge device) against stored. Tickets: firmware-sim's
/// <see cref="TicketComparison"/> for filters (the drill's fleet has no pump or bearing failures),
/// plus every ticket it does not see — another component, or a device outside the ground truth
/// (the edge devices, whose simulated filters are healthy) — as a false ticket.
/// </summary>
internal sealed record DrillVerdict(
    long Expected,
    long Stored,
    IReadOnlyDictionary<string, long> Missing,
    TicketComparison Comparison,
    int Failures,
    int Ticketed,
    int FalseTickets,
    int Duplicates)
{
    public long Lost => Missing.Values.Sum();

    public bool Passed => Lost == 0 && FalseTickets == 0 && Ticketed == Failures;

    public static DrillVerdict Judge(
        GroundTruthReport truth, IReadOnlyList<TicketView> tickets, IReadOnlyDictionary<string, long> expected, IReadOnlyDictionary<string, long> stored, EdgeDrainResult edge)
    {
        var comparison = TicketComparison.Compare(truth, tickets, Component.Filter);
        var failing = comparison.Rows.Where(r => r.Truth.FilterEndOfLifeAt is not null).ToArray();
        var inTruth = truth.Devices.Select(d => d.DeviceId).ToHashSet(StringComparer.Ordinal);
        var falseFilter = comparison.Rows.Where(r => r.Truth.FilterEndOfLifeAt is null).Sum(r => r.Tickets.Count);
        var unseen = tickets.Count(t => t.Component != Component.Filter || !inTruth.Contains(t.DeviceId));
        var storedTotal = expected.Keys.Sum(stored.GetValueOrDefault);
        return new DrillVerdict(
            expected.Values.Sum(),
            storedTotal,
            SampleCensus.Missing(expected, stored),
            comparison,
            failing.Length,
            failing.Count(r => r.Tickets.Count > 0),
            falseFilter + unseen,
            failing.Sum(r => Math.Max(0, r.Tickets.Count - 1)));
    }
}
