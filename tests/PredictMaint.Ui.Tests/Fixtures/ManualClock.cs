namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>The service's clock, set by the test (e.g. past a link's expiry); never the real one.</summary>
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
