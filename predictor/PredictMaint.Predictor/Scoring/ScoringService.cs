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

    public async Task RunCycleAsync(CancellationToken cancellationToken)
    {
        var windows = await reader.ReadAsync(cancellationToken);
        foreach (var window in windows)
        {
            var prediction = FilterPredictionRule.Evaluate(window, options.Value);
            if (prediction is null)
            {
                continue;
            }

            await ticketing.SendAsync(prediction, cancellationToken);
            status.PredictionSent();
            LogPrediction(prediction.DeviceId, prediction.Component, prediction.PredictedFailureAt);
        }

        status.CycleCompleted(windows.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scoring cycle failed; retrying next interval")]
    private partial void LogCycleFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Predicted {Component} end of life for {DeviceId} at {PredictedFailureAt}")]
    private partial void LogPrediction(string deviceId, string component, DateTimeOffset predictedFailureAt);
}
