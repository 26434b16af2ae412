using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Maintenance;

/// <summary>
/// Subscribes to every device's <c>events</c> topic (QoS 1, persistent session, so visits
/// reported while the predictor was down arrive when it reconnects) and records maintenance
/// visits in the <see cref="MaintenanceLog"/>. Other kinds and malformed payloads are skipped
/// with a log line: an event is advice to the models, never worth blocking the topic for.
/// </summary>
public sealed partial class MaintenanceEventListener(
    MqttClient client,
    MaintenanceLog log,
    PredictorStatus status,
    TimeProvider timeProvider,
    ILogger<MaintenanceEventListener> logger) : BackgroundService
{
    public const string AllEvents = "pm/v1/+/+/events";

    private static readonly TimeSpan RetryDelayMax = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        client.ApplicationMessageReceivedAsync += OnMessageAsync;
        client.ConnectionStateChanged += (_, e) =>
        {
            // The client reconnects by itself; subscribe again in case the broker lost the session.
            if (e.State == MqttConnectionState.Connected && _subscribed)
            {
                _ = Task.Run(() => SubscribeQuietlyAsync(stoppingToken), CancellationToken.None);
            }
        };

        var delay = TimeSpan.FromMilliseconds(200);
        while (!_subscribed)
        {
            try
            {
                await client.ConnectAsync(stoppingToken);
                await client.SubscribeAsync(AllEvents, MqttQualityOfService.AtLeastOnce, stoppingToken);
                _subscribed = true;
                LogSubscribed(AllEvents);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogConnectFailed(exception, delay);
                await Task.Delay(delay, timeProvider, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, RetryDelayMax.Ticks));
            }
        }
    }

    private volatile bool _subscribed;

    /// <summary>True once the events subscription is in place (tests wait for it).</summary>
    public bool IsSubscribed => _subscribed;

    private async Task SubscribeQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.SubscribeAsync(AllEvents, MqttQualityOfService.AtLeastOnce, cancellationToken);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogConnectFailed(exception, TimeSpan.Zero);
        }
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs args)
    {
        if (!Topics.TryParse(args.ApplicationMessage.Topic, out var siteId, out var deviceId, out _))
        {
            return Task.CompletedTask;
        }

        DeviceEvent? deviceEvent;
        try
        {
            deviceEvent = JsonSerializer.Deserialize(args.ApplicationMessage.Payload.Span, ContractsJsonContext.Default.DeviceEvent);
        }
        catch (JsonException exception)
        {
            LogMalformed(args.ApplicationMessage.Topic, exception.Message);
            return Task.CompletedTask;
        }

        // The topic names the device; a payload naming another one is not trusted.
        if (deviceEvent is { Kind: DeviceEvent.Maintenance, Component: { } component } && Component.IsKnown(component)
            && deviceEvent.SiteId == siteId && deviceEvent.DeviceId == deviceId)
        {
            log.Record(siteId, deviceId, component, deviceEvent.Timestamp);
            status.MaintenanceRecorded();
            LogMaintenance(deviceId, component, deviceEvent.Timestamp);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed to {Filter}")]
    private partial void LogSubscribed(string filter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot subscribe to device events; retrying in {Delay}")]
    private partial void LogConnectFailed(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a malformed event on {Topic}: {Error}")]
    private partial void LogMalformed(string topic, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Maintenance on {DeviceId} {Component} at {At}: its model restarts from then")]
    private partial void LogMaintenance(string deviceId, string component, DateTimeOffset at);
}
