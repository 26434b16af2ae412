namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>A server clock the test sets; the service must never read the real one.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private long utcTicks = now.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref utcTicks, value.UtcTicks);
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
