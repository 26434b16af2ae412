namespace PredictMaint.Platform.Influx.LineProtocol;

/// <summary>Converts instants to the integer timestamps of line protocol and back.</summary>
internal static class TimestampConverter
{
    // InfluxDB stores int64 nanoseconds since the Unix epoch and reserves the two lowest values and the highest one.
    private const long MinNanoseconds = long.MinValue + 2;
    private const long MaxNanoseconds = long.MaxValue - 1;

    public static DateTimeOffset MinTime { get; } = FromNanoseconds(MinNanoseconds - (MinNanoseconds % 100) + 100);

    public static DateTimeOffset MaxTime { get; } = FromNanoseconds(MaxNanoseconds - (MaxNanoseconds % 100));

    public static bool IsInRange(DateTimeOffset time) => time >= MinTime && time <= MaxTime;

    /// <summary>Whole units of <paramref name="precision"/> since the epoch, rounded down (also before 1970).</summary>
    public static long ToUnixTime(DateTimeOffset time, WritePrecision precision)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return precision switch
        {
            WritePrecision.Nanoseconds => checked(ticks * 100),
            WritePrecision.Microseconds => FloorDivide(ticks, TimeSpan.TicksPerMicrosecond),
            WritePrecision.Milliseconds => FloorDivide(ticks, TimeSpan.TicksPerMillisecond),
            WritePrecision.Seconds => FloorDivide(ticks, TimeSpan.TicksPerSecond),
            _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown write precision."),
        };
    }

    /// <summary>The instant of a nanosecond timestamp; .NET keeps 100 ns ticks, so the last two digits are dropped (rounded down).</summary>
    public static DateTimeOffset FromNanoseconds(long nanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks(FloorDivide(nanoseconds, 100));

    private static long FloorDivide(long value, long divisor)
    {
        var quotient = Math.DivRem(value, divisor, out var remainder);
        return remainder < 0 ? quotient - 1 : quotient;
    }
}
