namespace PredictMaint.Edge.Tests.Features;

/// <summary>
/// A clock that moves only when told, wall clock and monotonic timestamps alike
/// (Microsoft.Extensions.TimeProvider.Testing is not in our feed). No timers.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private DateTimeOffset _now = Start;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => _now;

    // Small numbers: TimeProvider converts timestamps through double, which would round 2026's ticks.
    public override long GetTimestamp() => (_now - Start).Ticks;

    public void Advance(TimeSpan by) => _now += by;
}
