using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest.Rollups;

/// <summary>
/// Every <see cref="RollupOptions.Interval"/>, recomputes the hourly and daily buckets that received
/// points since the last pass, from the raw points in InfluxDB, consecutive buckets and the same
/// day of several sites in one query where that gives the same rollups (<see cref="RollupSpans"/>). Written by ingest rather than by
/// continuous queries because those only look at windows relative to the server's wall clock,
/// while devices replay hours-old backlogs after an outage and the simulator plays past dates. A
/// pass that fails (InfluxDB down) is put back and retried on the next one.
/// </summary>
public sealed partial class RollupWorker(
    PendingRollups pending,
    InfluxClient influx,
    IngestStatus status,
    IOptions<RollupOptions> options,
    TimeProvider timeProvider,
    ILogger<RollupWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (pending.Recovered > 0)
        {
            LogRecovered(pending.Recovered);
        }

        using var timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        while (await WaitAsync(timer, stoppingToken))
        {
            await RunPassAsync(options.Value.MinimumAge, stoppingToken);
        }

        // Whatever was written before the stop still gets its rollups, however recently.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5), timeProvider);
        await RunPassAsync(TimeSpan.Zero, deadline.Token);
    }

    /// <summary>One pass over the buckets pending for at least <paramref name="minimumAge"/>.</summary>
    public async Task RunPassAsync(TimeSpan minimumAge, CancellationToken cancellationToken)
    {
        var buckets = pending.TakeDue(minimumAge);
        if (buckets.Count == 0)
        {
            return;
        }

        try
        {
            await RecomputeAllAsync(buckets, cancellationToken);
        }
        finally
        {
            // The journal drops the buckets rolled up; failed ones were restored before this.
            pending.Compact();
        }
    }

    private async Task RecomputeAllAsync(IReadOnlyList<KeyValuePair<RollupBucket, HashSet<string>?>> buckets, CancellationToken cancellationToken)
    {
        var spans = RollupSpans.Coalesce(buckets, options.Value.MaxBucketsPerQuery);
        for (var i = 0; i < spans.Count; i++)
        {
            try
            {
                await RecomputeAsync(spans[i], cancellationToken);
                status.RolledUp(spans[i].Sources.Count);
            }
            catch (Exception exception) when (exception is InfluxException or HttpRequestException or OperationCanceledException)
            {
                var left = spans.Skip(i).SelectMany(s => s.Sources).ToList();
                pending.Restore(left);
                status.RollupFailed();
                LogPassFailed(left.Count, exception.Message);
                return;
            }
        }
    }

    private async Task RecomputeAsync(RollupSpan span, CancellationToken cancellationToken)
    {
        var measurement = span.Window.Kind == RollupKind.Hourly ? options.Value.HourlyMeasurement : options.Value.DailyMeasurement;
        if (span.Devices is null)
        {
            var (statement, parameters) = RollupQuery.For(span.Window, measurement, null);
            await influx.QueryAsync(statement, parameters, cancellationToken);
            return;
        }

        foreach (var chunk in span.Devices.Order(StringComparer.Ordinal).Chunk(options.Value.MaxDevicesPerQuery))
        {
            var (statement, parameters) = RollupQuery.For(span.Window, measurement, chunk);
            await influx.QueryAsync(statement, parameters, cancellationToken);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Buckets} rollup buckets written before the last stop were still pending in the journal; they are recomputed now")]
    private partial void LogRecovered(int buckets);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rollup pass failed; {Buckets} buckets kept for the next pass: {Reason}")]
    private partial void LogPassFailed(int buckets, string reason);
}
