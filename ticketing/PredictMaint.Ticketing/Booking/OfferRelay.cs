using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Booking;

/// <summary>Runs <see cref="OfferSender"/> cycles while offers are switched on: back to back while there is work, then every poll interval.</summary>
public sealed partial class OfferRelay(
    IServiceScopeFactory scopes,
    IOptions<OfferOptions> options,
    TimeProvider timeProvider,
    ILogger<OfferRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogOff(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                handled = await scope.ServiceProvider.GetRequiredService<OfferSender>().RunOnceAsync(stoppingToken);
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

            if (handled == 0)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Offer relay cycle failed; retrying next cycle")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer offers are off (no Ticketing:Offers:LinkSigningKey); approvals queue them unsent")]
    private static partial void LogOff(ILogger logger);
}
