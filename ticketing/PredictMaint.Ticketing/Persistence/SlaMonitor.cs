using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Runs <see cref="SlaEvaluator"/> cycles: back to back while a full batch was due, then every
/// evaluation interval. Timers live in the database, so a restarted instance simply picks up
/// whatever fell due while it was down.
/// </summary>
public sealed partial class SlaMonitor(
    IServiceScopeFactory scopes,
    IOptions<SlaOptions> options,
    TimeProvider timeProvider,
    ILogger<SlaMonitor> logger) : BackgroundService
{
    private long cycles;

    /// <summary>Cycles finished since start (successful or not); lets an observer know the monitor has looked.</summary>
    public long Cycles => Interlocked.Read(ref cycles);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var evaluated = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                evaluated = await scope.ServiceProvider.GetRequiredService<SlaEvaluator>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed cycle (e.g. the database restarting) must not stop the monitor; the next cycle retries.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogCycleFailed(logger, exception);
            }

            Interlocked.Increment(ref cycles);
            if (evaluated < options.Value.BatchSize)
            {
                try
                {
                    await Task.Delay(options.Value.EvaluationInterval, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SLA monitor cycle failed; retrying next cycle")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);
}
