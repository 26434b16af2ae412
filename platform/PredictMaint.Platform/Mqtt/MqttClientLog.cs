using Microsoft.Extensions.Logging;

namespace PredictMaint.Platform.Mqtt;

/// <summary>Source-generated log messages of the MQTT client.</summary>
internal static partial class MqttClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "MQTT connected to {Host}:{Port} as {ClientId} (session present: {SessionPresent})")]
    public static partial void Connected(this ILogger logger, string host, int port, string clientId, bool sessionPresent);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "MQTT connection to {Host}:{Port} lost")]
    public static partial void ConnectionLost(this ILogger logger, string host, int port, Exception? reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "MQTT reconnect attempt {Attempt} failed; next try in {Delay}")]
    public static partial void ReconnectFailed(this ILogger logger, int attempt, TimeSpan delay, Exception reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "MQTT message handler failed for topic {Topic}")]
    public static partial void HandlerFailed(this ILogger logger, string topic, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "MQTT QoS 0 dispatch queue full ({Capacity}); dropped {DroppedTotal} messages so far")]
    public static partial void AtMostOnceDropped(this ILogger logger, int capacity, long droppedTotal);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "MQTT keep-alive: nothing received for {Elapsed}; declaring the connection dead")]
    public static partial void KeepAliveTimeout(this ILogger logger, TimeSpan elapsed);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "MQTT resent {Count} unacknowledged publishes (duplicate flag: {Duplicate})")]
    public static partial void Resent(this ILogger logger, int count, bool duplicate);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "MQTT connection state handler failed")]
    public static partial void StateHandlerFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9, Level = LogLevel.Debug, Message = "MQTT restored {Count} subscriptions after a reconnect without session")]
    public static partial void Resubscribed(this ILogger logger, int count);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "MQTT broker refused restored subscription {TopicFilter}")]
    public static partial void ResubscribeRefused(this ILogger logger, string topicFilter);
}
