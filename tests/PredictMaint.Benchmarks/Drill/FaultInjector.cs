using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Plays the fault plan against the running pipeline, one fault at a time, while the fleet runs.
/// Every fault it starts it also ends (the server or process is back) before it returns.
/// </summary>
internal sealed class FaultInjector(DrillPipeline pipeline, IReadOnlyList<Fault> plan)
{
    private readonly ConcurrentDictionary<FaultKind, int> _injected = new();

    public int Injected(FaultKind kind) => _injected.GetValueOrDefault(kind);

    public int Total => _injected.Values.Sum();

    public List<string> Journal { get; } = [];

    /// <summary>Runs until every planned fault was injected or the fleet finished (later faults are skipped).</summary>
    public async Task RunAsync(Stopwatch fleetClock, CancellationToken cancellationToken)
    {
        foreach (var fault in plan)
        {
            var due = fault.At - fleetClock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.WhenAny(Task.Delay(due, cancellationToken), pipeline.Fleet.WaitForExitAsync(cancellationToken));
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (pipeline.Fleet.HasExited)
            {
                Journal.Add($"{fleetClock.Elapsed.TotalSeconds,6:0.0}s fleet finished; {plan.Count - Total} planned fault(s) skipped");
                return;
            }

            var started = fleetClock.Elapsed;
            var what = await InjectAsync(fault);
            _injected.AddOrUpdate(fault.Kind, 1, (_, n) => n + 1);
            Journal.Add(string.Create(CultureInfo.InvariantCulture, $"{started.TotalSeconds,6:0.0}s {what} (back after {(fleetClock.Elapsed - started).TotalSeconds:0.0} s)"));
        }
    }

    private async Task<string> InjectAsync(Fault fault)
    {
        switch (fault.Kind)
        {
            case FaultKind.BrokerRestart:
                await pipeline.Broker.StopAsync();
                await Task.Delay(fault.Downtime);
                await pipeline.Broker.StartAsync();
                return "broker restart";
            case FaultKind.InfluxOutage:
                await pipeline.Influx.StopAsync();
                await Task.Delay(fault.Downtime);
                await pipeline.Influx.StartAsync();
                return string.Create(CultureInfo.InvariantCulture, $"InfluxDB down for {fault.Downtime.TotalSeconds:0} s");
            case FaultKind.IngestKill:
                await pipeline.Ingest.KillAsync();
                pipeline.Ingest.Start();
                return "ingest kill -9 and restart";
            case FaultKind.EdgeKill:
                var agent = pipeline.EdgeAgents[fault.Target];
                await agent.KillAsync();
                await Task.Delay(fault.Downtime);
                agent.Start();
                return string.Create(CultureInfo.InvariantCulture, $"{agent.Name} kill -9, restarted after {fault.Downtime.TotalSeconds:0.0} s");
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault.Kind, "unknown fault");
        }
    }
}
