namespace PredictMaint.Platform.Influx;

/// <summary>
/// A failed InfluxDB request. <see cref="IsRetryable"/> is true for 429, 5xx, timeouts and connection failures;
/// then <see cref="RetryAfter"/> carries the server's <c>Retry-After</c> when it sent one. Writes are idempotent
/// (same series and timestamp overwrite), so retrying a write after a 5xx is safe even if part of it was stored.
/// </summary>
public class InfluxException : Exception
{
    public InfluxException()
    {
    }

    public InfluxException(string message)
        : base(message)
    {
    }

    public InfluxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InfluxException(string message, int? statusCode, bool isRetryable, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        IsRetryable = isRetryable;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status, or null when no response arrived (timeout, connection failure).</summary>
    public int? StatusCode { get; }

    public bool IsRetryable { get; }

    public TimeSpan? RetryAfter { get; }
}
