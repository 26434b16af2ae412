using Microsoft.Extensions.Options;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Every <see cref="PredictorOptions.Interval"/>: read the recent telemetry of the devices this
/// instance owns, evaluate them on the device-time grid, send ticketing only the changes
/// (new prediction, material change, retraction). A failed cycle is logged and retried next time;
/// a device is marked evaluated only once its messages are delivered, so nothing is skipped.
/// </summary>
public sealed partial class ScoringService(
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
        var windows = await reader.ReadAsync(cancellationToken);
        var hourly = await hourlyReader.ReadAsync(cancellationToken);
        var owned = 0;
        foreach (var window in windows)
        {
            if (DevicePartition.Of(window.SiteId, window.DeviceId, settings.Partitions) != settings.Partition)
            {
                continue;
            }

            owned++;
            var key = window.SiteId + "/" + window.DeviceId;
            var filterTimes = Due(Component.Filter, key, window.Times);
            var features = hourly.GetValueOrDefault(key);
            // An hour's rollup is complete once a later hour exists, so the grid runs to the newest hour's start.
            var hourlyTimes = features is null ? [] : Due(HourlyGrid, key, features.Hours);
            if (filterTimes.Count == 0 && hourlyTimes.Count == 0)
            {
                continue;
            }

            var checkpoint = _tracker.Checkpoint(window.SiteId, window.DeviceId);
            try
            {
                var decisions = DeviceScorer.ScoreFilter(window, filterTimes, maintenance, _tracker, settings)
                    .Concat(features is null ? [] : DeviceScorer.ScoreHourly(features, hourlyTimes, maintenance, _tracker, settings));
                foreach (var decision in decisions)
                {
                    await SendAsync(decision, cancellationToken);
                }
            }
            catch
            {
                // Evaluated again next cycle; the tracker must then decide (and send) the same again.
                _tracker.Rollback(window.SiteId, window.DeviceId, checkpoint);
                throw;
            }

            MarkEvaluated(Component.Filter, key, filterTimes);
            MarkEvaluated(HourlyGrid, key, hourlyTimes);
        }

        status.CycleCompleted(owned);
    }

    // The grid points not yet evaluated for this component, up to its newest data.
    private IReadOnlyList<DateTimeOffset> Due(string component, string key, DateTimeOffset[] dataTimes) =>
        EvaluationSchedule.Times(dataTimes, _lastEvaluated.TryGetValue(component + "|" + key, out var last) ? last : null, options.Value.EvaluationStep);

    private void MarkEvaluated(string component, string key, IReadOnlyList<DateTimeOffset> times)
    {
        if (times.Count > 0)
        {
            _lastEvaluated[component + "|" + key] = times[^1];
        }
    }

    private async Task SendAsync(PredictionDecision decision, CancellationToken cancellationToken)
    {
        if (decision.Prediction is { } prediction)
        {
            await ticketing.SendAsync(prediction, cancellationToken);
            status.PredictionSent();
            LogPrediction(prediction.DeviceId, prediction.Component, prediction.PredictedFailureAt);
        }
        else if (decision.Retraction is { } retraction)
        {
            var flagged = await ticketing.RetractAsync(retraction, cancellationToken);
            status.RetractionSent();
            LogRetraction(retraction.DeviceId, retraction.Component, flagged);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scoring cycle failed; retrying next interval")]
    private partial void LogCycleFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Predicted {Component} end of life for {DeviceId} at {PredictedFailureAt}")]
    private partial void LogPrediction(string deviceId, string component, DateTimeOffset predictedFailureAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retracted the {Component} prediction for {DeviceId} (open ticket flagged: {Flagged})")]
    private partial void LogRetraction(string deviceId, string component, bool flagged);
}
