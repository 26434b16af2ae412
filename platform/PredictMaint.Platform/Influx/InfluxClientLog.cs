using Microsoft.Extensions.Logging;

namespace PredictMaint.Platform.Influx;

/// <summary>Log events of <see cref="InfluxClient"/>; messages carry no credentials (they never appear in URLs).</summary>
internal static partial class InfluxClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Wrote {PointCount} points to {Target}")]
    public static partial void Wrote(ILogger logger, int pointCount, string target);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "InfluxDB {Operation} failed (status {StatusCode}, retryable {IsRetryable})")]
    public static partial void RequestFailed(ILogger logger, string operation, int? statusCode, bool isRetryable, Exception exception);
}
