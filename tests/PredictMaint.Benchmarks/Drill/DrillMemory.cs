namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Memory of every process the drill ran: its high-water mark (MB, across restarts) and its trend
/// over the fleet's run (<see cref="RssMonitor.Trend"/>), which says whether memory stays flat.
/// </summary>
internal sealed record DrillMemory(IReadOnlyDictionary<string, double> Peaks, IReadOnlyDictionary<string, (double Early, double Late)> Trend);
