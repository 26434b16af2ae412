using Microsoft.Extensions.Options;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Every <see cref="PredictorOptions.Interval"/>: read all devices' recent telemetry, evaluate the
/// filter model, send predictions to ticketing. A failed cycle is logged and retried next time.
/// </summary>
public sealed partial class ScoringService(
    TelemetryWindowReader reader,
    TicketingClient ticketing,
    PredictorStatus status,
    IOptions<PredictorOptions> options,
    TimeProvider timeProvider,
    ILogger<ScoringService> logger) : BackgroundService
{
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

    private readonly Dictionary<string, DateTimeOffset> _lastEvaluated = new(StringComparer.Ordinal);

    public async Task RunCycleAsync(CancellationToken cancellationToken)
    {
        var windows = await reader.ReadAsync(cancellationToken);
        foreach (var window in windows)
        {
            var key = window.SiteId + "/" + window.DeviceId;
            var times = EvaluationSchedule.Times(window.Times, _lastEvaluated.TryGetValue(key, out var last) ? last : null, options.Value.EvaluationStep);
            if (times.Count == 0)
            {
                continue;
            }

            // The first firing evaluation dates the ticket; the last one carries the newest evidence.
            var firing = times.Select(t => FilterPredictionRule.Evaluate(window, options.Value, t)).Where(p => p is not null).ToArray();
            foreach (var prediction in firing.Length > 1 ? [firing[0]!, firing[^1]!] : firing)
            {
                await ticketing.SendAsync(prediction!, cancellationToken);
                status.PredictionSent();
                LogPrediction(prediction!.DeviceId, prediction.Component, prediction.PredictedFailureAt);
            }

            _lastEvaluated[key] = times[^1];
        }

        status.CycleCompleted(windows.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scoring cycle failed; retrying next interval")]
    private partial void LogCycleFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Predicted {Component} end of life for {DeviceId} at {PredictedFailureAt}")]
    private partial void LogPrediction(string deviceId, string component, DateTimeOffset predictedFailureAt);
}
