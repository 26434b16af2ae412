using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Hosting;

namespace PredictMaint.Ticketing.Booking;

/// <summary>Runs <see cref="OfferSender"/> cycles while offers are switched on: back to back while there is work, then every poll interval.</summary>
public sealed partial class OfferRelay(
    IServiceScopeFactory scopes,
    IOptions<OfferOptions> options,
    TimeProvider timeProvider,
    ILogger<OfferRelay> logger) : CycleService(scopes, timeProvider, logger)
{
    protected override TimeSpan IdleDelay => options.Value.PollInterval;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogOff(logger);
            return Task.CompletedTask;
        }

        return base.ExecuteAsync(stoppingToken);
    }

    protected override async Task<bool> RunCycleAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<OfferSender>().RunOnceAsync(cancellationToken) > 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer offers are off (no Ticketing:Offers:LinkSigningKey); approvals queue them unsent")]
    private static partial void LogOff(ILogger logger);
}
