namespace PredictMaint.Ticketing.Outbox;

/// <summary>
/// Exponential backoff with a cap and jitter. The jitter (up to +25 %) is derived from the
/// message id rather than a random source, so retries of many messages spread out while a
/// test's clock still predicts each one.
/// </summary>
public static class RetryBackoff
{
    public static TimeSpan After(int attempts, TimeSpan initial, TimeSpan max, Guid messageId)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var baseDelay = Math.Min(initial.Ticks * Math.Pow(2, exponent), max.Ticks);
        var jitter = (messageId.GetHashCode() & 0xFF) / 1024.0;
        return TimeSpan.FromTicks((long)Math.Min(baseDelay * (1 + jitter), max.Ticks));
    }
}
