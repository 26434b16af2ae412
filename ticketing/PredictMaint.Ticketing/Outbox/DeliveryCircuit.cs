using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Outbox;

/// <summary>
/// Circuit breaker for the dispatch webhook. After <see cref="DispatchOptions.BreakerFailureThreshold"/>
/// consecutive failures it opens: the service is in manual-dispatch mode, an alert is logged,
/// and no delivery is tried until the open period ends; then one trial delivery decides
/// whether it closes again. Held per instance, in memory.
/// </summary>
public sealed partial class DeliveryCircuit(IOptions<DispatchOptions> options, TimeProvider timeProvider, ILogger<DeliveryCircuit> logger)
{
    private readonly Lock gate = new();
    private int consecutiveFailures;
    private DateTimeOffset? openUntil;
    private string? lastError;

    public DispatchMode Mode
    {
        get
        {
            lock (gate)
            {
                return openUntil is null ? DispatchMode.Automatic : DispatchMode.ManualDispatch;
            }
        }
    }

    public (DispatchMode Mode, int ConsecutiveFailures, DateTimeOffset? OpenUntil, string? LastError) Snapshot()
    {
        lock (gate)
        {
            return (openUntil is null ? DispatchMode.Automatic : DispatchMode.ManualDispatch, consecutiveFailures, openUntil, lastError);
        }
    }

    /// <summary>False while open; true when closed or when the open period is over (trial).</summary>
    public bool AllowsAttempt()
    {
        lock (gate)
        {
            return openUntil is null || timeProvider.GetUtcNow() >= openUntil;
        }
    }

    public void RecordSuccess()
    {
        lock (gate)
        {
            if (openUntil is not null)
            {
                LogRecovered(logger, consecutiveFailures);
            }

            consecutiveFailures = 0;
            openUntil = null;
            lastError = null;
        }
    }

    public void RecordFailure(string error)
    {
        lock (gate)
        {
            consecutiveFailures++;
            lastError = error;
            var now = timeProvider.GetUtcNow();
            if (openUntil is not null)
            {
                // The trial failed: stay in manual dispatch for another period.
                openUntil = now + options.Value.BreakerOpenDuration;
            }
            else if (consecutiveFailures >= options.Value.BreakerFailureThreshold)
            {
                openUntil = now + options.Value.BreakerOpenDuration;
                LogManualDispatch(logger, consecutiveFailures, error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "ALERT: dispatch webhook failed {Failures} times in a row ({Error}); switching to manual dispatch")]
    private static partial void LogManualDispatch(ILogger logger, int failures, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatch webhook reachable again after {Failures} failures; automatic dispatch resumed")]
    private static partial void LogRecovered(ILogger logger, int failures);
}
