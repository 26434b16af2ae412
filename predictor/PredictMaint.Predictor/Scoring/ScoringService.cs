using System.Net;
using Microsoft.Extensions.Options;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Every <see cref="PredictorOptions.Interval"/>: list the devices in InfluxDB, read the recent
/// telemetry of those this instance owns a chunk at a time, evaluate them on the device-time grid,
/// send ticketing only the changes
/// (new prediction, material change, retraction). A failed cycle is logged and the next one
/// resumes at the chunk it stopped at; a device is marked evaluated only once its messages are
/// delivered, so nothing is skipped.
/// </summary>
public sealed partial class ScoringService(
    DeviceCatalogReader catalog,
    TelemetryWindowReader reader,
    HourlyFeatureReader hourlyReader,
    TicketingClient ticketing,
    MaintenanceLog maintenance,
    PredictorStatus status,
    IOptions<PredictorOptions> options,
    TimeProvider timeProvider,
    ILogger<ScoringService> logger) : BackgroundService
{
    // Rules on raw samples and rules on hourly rollups advance separately: rollups trail the samples.
    private const string HourlyGrid = "hourly";

    private readonly Dictionary<string, DateTimeOffset> _lastEvaluated = new(StringComparer.Ordinal);
    private readonly PredictionTracker _tracker = new(options.Value);

    // The chunk a failed cycle stopped at; the next cycle starts there. A cycle longer than the
    // gaps between InfluxDB outages would otherwise start over at the first chunk every time and
    // never reach the last ones.
    private int _resumeChunk;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        do
        {
            try
            {
                await RunCycleAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                status.Failed(exception);
                LogCycleFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunCycleAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = timeProvider.GetTimestamp();
        var devices = await ReadInfluxAsync(catalog.ReadAsync, cancellationToken);
        var owned = 0;
        var chunks = devices.Where(d => DevicePartition.Of(d.SiteId, d.DeviceId, settings.Partitions) == settings.Partition).Chunk(settings.DevicesPerQuery).ToArray();
        var first = _resumeChunk < chunks.Length ? _resumeChunk : 0;
        for (var n = 0; n < chunks.Length; n++)
        {
            _resumeChunk = (first + n) % chunks.Length;
            var chunk = chunks[_resumeChunk];
            // A device whose model tag changed has a window per model; the grid marks keep its
            // rollups (and its filter) from being scored twice.
            var windows = (await ReadInfluxAsync(c => reader.ReadAsync(chunk, c), cancellationToken)).ToLookup(w => new DeviceKey(w.SiteId, w.DeviceId));
            var hourly = await ReadInfluxAsync(c => hourlyReader.ReadAsync(chunk, HourlyEvaluatedUpTo(chunk), c), cancellationToken);
            foreach (var device in chunk)
            {
                var features = hourly.GetValueOrDefault(device.ToString());
                if (!windows.Contains(device) && features is null)
                {
                    continue;
                }

                owned++;
                var tally = new EvaluationTally();
                var scored = false;
                foreach (var window in windows[device].DefaultIfEmpty())
                {
                    scored |= await ScoreDeviceAsync(device, window, features, tally, cancellationToken);
                }

                if (scored)
                {
                    status.DeviceScored(tally); // once per device, however many model windows it has
                }
            }
        }

        _resumeChunk = 0;
        status.CycleCompleted(owned, timeProvider.GetElapsedTime(started), timeProvider.GetUtcNow());
    }

    private async Task<T> ReadInfluxAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            status.InfluxReadFailed();
            throw;
        }
    }

    /// <returns>False when nothing of this window was due.</returns>
    private async Task<bool> ScoreDeviceAsync(DeviceKey device, DeviceWindow? window, HourlyFeatures? features, EvaluationTally tally, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var key = device.ToString();
        var filterTimes = window is null ? [] : Due(Component.Filter, key, window.Times);
        // An hour's rollup is complete once a later hour exists, so the grid runs to the newest hour's start.
        var hourlyTimes = features is null ? [] : Due(HourlyGrid, key, features.Hours);
        if (filterTimes.Count == 0 && hourlyTimes.Count == 0)
        {
            return false;
        }

        var checkpoint = _tracker.Checkpoint(device.SiteId, device.DeviceId);
        try
        {
            var decisions = (window is null ? [] : DeviceScorer.ScoreFilter(window, filterTimes, maintenance, _tracker, settings, tally))
                .Concat(features is null ? [] : DeviceScorer.ScoreHourly(features, hourlyTimes, maintenance, _tracker, settings, tally));
            foreach (var decision in decisions)
            {
                await SendAsync(decision, cancellationToken);
            }
        }
        catch
        {
            // Evaluated again next cycle; the tracker must then decide (and send) the same again.
            _tracker.Rollback(device.SiteId, device.DeviceId, checkpoint);
            throw;
        }

        MarkEvaluated(Component.Filter, key, filterTimes);
        MarkEvaluated(HourlyGrid, key, hourlyTimes);
        return true;
    }

    // Where each device's hourly grid stands, so the reader fetches the windows of every point due since.
    private Dictionary<DeviceKey, DateTimeOffset> HourlyEvaluatedUpTo(IEnumerable<DeviceKey> devices)
    {
        var marks = new Dictionary<DeviceKey, DateTimeOffset>();
        foreach (var device in devices)
        {
            if (_lastEvaluated.TryGetValue(MarkKey(HourlyGrid, device.ToString()), out var last))
            {
                marks[device] = last;
            }
        }

        return marks;
    }

    // The grid points not yet evaluated for this component, up to its newest data.
    private IReadOnlyList<DateTimeOffset> Due(string component, string key, DateTimeOffset[] dataTimes) =>
        EvaluationSchedule.Times(dataTimes, _lastEvaluated.TryGetValue(MarkKey(component, key), out var last) ? last : null, options.Value.EvaluationStep);

    private void MarkEvaluated(string component, string key, IReadOnlyList<DateTimeOffset> times)
    {
        if (times.Count > 0)
        {
            _lastEvaluated[MarkKey(component, key)] = times[^1];
        }
    }

    private static string MarkKey(string component, string key) => component + "|" + key;

    private async Task SendAsync(PredictionDecision decision, CancellationToken cancellationToken)
    {
        try
        {
            await SendOrRetractAsync(decision, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
        {
            // Ticketing judged this message invalid: sending it again cannot help, and retrying would
            // hold up every device after it, cycle after cycle. A bug to fix, so an error; the device goes on.
            status.TicketingFailed();
            LogRefused(exception);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            status.TicketingFailed();
            throw;
        }
    }

    private async Task SendOrRetractAsync(PredictionDecision decision, CancellationToken cancellationToken)
    {
        if (decision.Prediction is { } prediction)
        {
            await ticketing.SendAsync(prediction, cancellationToken);
            status.PredictionSent(decision.Changed);
            LogPrediction(prediction.DeviceId, prediction.Component, prediction.PredictedFailureAt);
        }
        else if (decision.Retraction is { } retraction)
        {
            var flagged = await ticketing.RetractAsync(retraction, cancellationToken);
            status.RetractionSent();
            LogRetraction(retraction.DeviceId, retraction.Component, flagged);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Ticketing refused a message as invalid; it is dropped, not retried")]
    private partial void LogRefused(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scoring cycle failed; retrying next interval")]
    private partial void LogCycleFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Predicted {Component} end of life for {DeviceId} at {PredictedFailureAt}")]
    private partial void LogPrediction(string deviceId, string component, DateTimeOffset predictedFailureAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retracted the {Component} prediction for {DeviceId} (open ticket flagged: {Flagged})")]
    private partial void LogRetraction(string deviceId, string component, bool flagged);
}
