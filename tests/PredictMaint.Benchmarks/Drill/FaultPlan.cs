namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// The seeded fault schedule: each kind a number of times that grows with the run's length, at
/// uniform random moments between 10 % and 85 % of the fleet's run (so the run's end, when the
/// drill takes stock, is undisturbed), in time order.
/// </summary>
internal static class FaultPlan
{
    public static IReadOnlyList<Fault> Create(TimeSpan run, int edgeDevices, int seed)
    {
        var random = new Random(seed ^ 0x5eed);
        var minutes = run.TotalMinutes;
        var counts = new Dictionary<FaultKind, int>
        {
            [FaultKind.BrokerRestart] = Math.Max(1, (int)Math.Round(minutes / 5)),
            [FaultKind.InfluxOutage] = Math.Max(1, (int)Math.Round(minutes / 8)),
            [FaultKind.IngestKill] = Math.Max(2, (int)Math.Round(minutes / 4)),
            [FaultKind.EdgeKill] = Math.Max(2, (int)Math.Round(minutes / 3)),
        };
        var faults = new List<Fault>();
        foreach (var (kind, count) in counts)
        {
            for (var i = 0; i < count; i++)
            {
                var at = run * (0.10 + (0.75 * random.NextDouble()));
                var downtime = kind switch
                {
                    FaultKind.InfluxOutage => TimeSpan.FromSeconds(5 + (random.NextDouble() * Math.Min(25, minutes * 5))),
                    FaultKind.EdgeKill => TimeSpan.FromSeconds(1 + (random.NextDouble() * 4)),
                    _ => TimeSpan.FromSeconds(random.NextDouble()),
                };
                faults.Add(new Fault(at, kind, downtime, random.Next(edgeDevices)));
            }
        }

        return [.. faults.OrderBy(f => f.At)];
    }
}
