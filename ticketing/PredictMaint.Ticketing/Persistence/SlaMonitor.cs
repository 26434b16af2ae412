using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Hosting;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Runs <see cref="SlaEvaluator"/> cycles: back to back while a full batch was due, then every
/// evaluation interval. Timers live in the database, so a restarted instance simply picks up
/// whatever fell due while it was down.
/// </summary>
public sealed class SlaMonitor(
    IServiceScopeFactory scopes,
    IOptions<SlaOptions> options,
    TimeProvider timeProvider,
    ILogger<SlaMonitor> logger) : CycleService(scopes, timeProvider, logger)
{
    protected override TimeSpan IdleDelay => options.Value.EvaluationInterval;

    protected override async Task<bool> RunCycleAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<SlaEvaluator>().RunOnceAsync(cancellationToken) >= options.Value.BatchSize;
}
