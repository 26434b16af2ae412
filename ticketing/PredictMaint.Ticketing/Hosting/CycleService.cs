namespace PredictMaint.Ticketing.Hosting;

/// <summary>
/// The loop behind the ticketing's background workers (outbox relay, offer relay, SLA monitor):
/// each cycle runs in a fresh DI scope (a new DbContext), cycles follow back to back while the last
/// one reported more waiting work, otherwise after <see cref="IdleDelay"/>. A failed cycle (e.g.
/// the database restarting) is logged and retried; it never stops the loop.
/// </summary>
public abstract partial class CycleService(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    private long cycles;

    /// <summary>Cycles finished since start (successful or not); lets an observer know the worker has looked.</summary>
    public long Cycles => Interlocked.Read(ref cycles);

    protected abstract TimeSpan IdleDelay { get; }

    /// <summary>One cycle; returns true when more work is already waiting.</summary>
    protected abstract Task<bool> RunCycleAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var moreWaiting = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                moreWaiting = await RunCycleAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed cycle must not stop the worker; the next cycle retries.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogCycleFailed(logger, GetType().Name, exception);
            }

            Interlocked.Increment(ref cycles);
            if (!moreWaiting)
            {
                try
                {
                    await Task.Delay(IdleDelay, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker} cycle failed; retrying next cycle")]
    private static partial void LogCycleFailed(ILogger logger, string worker, Exception exception);
}
