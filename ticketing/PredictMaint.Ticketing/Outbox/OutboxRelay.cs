using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Hosting;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Outbox;

/// <summary>Runs <see cref="OutboxDispatcher"/> cycles: back to back while there is work, then every poll interval.</summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    IOptions<DispatchOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay> logger) : CycleService(scopes, timeProvider, logger)
{
    protected override TimeSpan IdleDelay => options.Value.PollInterval;

    protected override async Task<bool> RunCycleAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(cancellationToken) > 0;
}
