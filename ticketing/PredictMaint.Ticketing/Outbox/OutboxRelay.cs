using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Outbox;

/// <summary>Runs <see cref="OutboxDispatcher"/> cycles: back to back while there is work, then every poll interval.</summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    IOptions<DispatchOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                delivered = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed cycle (e.g. the database restarting) must not stop the relay; the next cycle retries.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogCycleFailed(logger, exception);
            }

            if (delivered == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay cycle failed; retrying next cycle")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);
}
