using System.Diagnostics;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Ends the edge path cleanly: waits until every agent reports a nearly empty queue (its health
/// file, written every status interval), stops the agents with SIGTERM and reads their queue
/// cursors, which say how many samples the broker acknowledged. Those are what the drill expects
/// in InfluxDB; samples taken but not acknowledged when an agent stopped are pending, not lost.
/// </summary>
internal static class EdgeDrain
{
    private const long NearlyEmpty = 10;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<EdgeDrainResult> DrainAndStopAsync(DrillPipeline pipeline, CancellationToken cancellationToken)
    {
        var since = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (!Enumerable.Range(0, pipeline.Settings.EdgeDevices).All(i => ReadHealth(pipeline.EdgeQueueDirectory(i)) is { } status && status.Timestamp > since && status.QueueDepth <= NearlyEmpty)
            && clock.Elapsed < Limit)
        {
            await timer.WaitForNextTickAsync(cancellationToken);
        }

        if (clock.Elapsed >= Limit)
        {
            DrillRun.Progress($"an edge queue did not drain within {Limit.TotalSeconds:0} s; see the edge agents' logs in {pipeline.LogDirectory}");
        }

        foreach (var agent in pipeline.EdgeAgents)
        {
            await agent.StopAsync(TimeSpan.FromSeconds(20));
        }

        var samples = new Dictionary<string, long>(StringComparer.Ordinal);
        var messages = new Dictionary<string, long>(StringComparer.Ordinal);
        long dropped = 0, depth = 0;
        for (var i = 0; i < pipeline.Settings.EdgeDevices; i++)
        {
            var cursor = EdgeQueueCursor.Read(pipeline.EdgeQueueDirectory(i));
            samples[DrillPipeline.EdgeDeviceId(i)] = cursor.AcknowledgedSamples;
            messages[DrillPipeline.EdgeDeviceId(i)] = cursor.MessagesAcknowledged;
            dropped += cursor.Dropped;
            depth += ReadHealth(pipeline.EdgeQueueDirectory(i))?.QueueDepth ?? 0;
        }

        return new EdgeDrainResult(samples, messages, dropped, depth);
    }

    private static DeviceStatus? ReadHealth(string queueDirectory)
    {
        var path = Path.Combine(queueDirectory, "health.json"); // edge/…/Hosting/HealthFile.cs
        try
        {
            return File.Exists(path) ? System.Text.Json.JsonSerializer.Deserialize(File.ReadAllBytes(path), ContractsJsonContext.Default.DeviceStatus) : null;
        }
        catch (IOException)
        {
            return null; // being replaced at this moment
        }
    }
}
