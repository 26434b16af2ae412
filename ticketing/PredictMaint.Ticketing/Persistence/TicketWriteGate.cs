namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Serialises this instance's writers per device and component (striped locks), so a burst
/// of identical predictions queues instead of failing optimistic checks in a retry storm.
/// Other instances (PostgreSQL) are still handled by the unique index and version checks.
/// </summary>
public sealed class TicketWriteGate : IDisposable
{
    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> EnterAsync(string deviceId, string component, CancellationToken cancellationToken)
    {
        var stripe = stripes[(uint)HashCode.Combine(deviceId, component) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
