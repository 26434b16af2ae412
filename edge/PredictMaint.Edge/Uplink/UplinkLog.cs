using Microsoft.Extensions.Logging;

namespace PredictMaint.Edge.Uplink;

internal static partial class UplinkLog
{
    [LoggerMessage(1, LogLevel.Information, "Connected to MQTT broker {Host}:{Port} as {ClientId}")]
    public static partial void Connected(ILogger logger, string host, int port, string clientId);

    [LoggerMessage(2, LogLevel.Warning, "MQTT broker not reachable; retrying in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(3, LogLevel.Warning, "Publishing telemetry failed; resending from record {RecordId}")]
    public static partial void PublishFailed(ILogger logger, long recordId, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Remote configuration {ConfigVersion} applied")]
    public static partial void ConfigApplied(ILogger logger, string? configVersion);

    [LoggerMessage(5, LogLevel.Warning, "Remote configuration rejected: {Reason}")]
    public static partial void ConfigRejected(ILogger logger, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Publishing status failed")]
    public static partial void StatusFailed(ILogger logger, Exception exception);
}
