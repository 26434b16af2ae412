using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Validation;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>
/// Holds the broker session (persistent; plain subscription, optionally partitioned, or shared) and
/// feeds valid telemetry of this instance's devices into the bounded channel. Invalid payloads are dead-lettered and acknowledged; valid ones are
/// acknowledged by <see cref="BatchWriter"/> only after InfluxDB stored them. When the channel
/// is full this handler waits, so unacknowledged messages stay with the broker.
/// </summary>
public sealed partial class TelemetryReceiver(
    MqttClient client,
    ChannelWriter<IngestItem> channel,
    TelemetryValidator validator,
    DeadLetterPublisher deadLetters,
    IngestStatus status,
    IOptions<IngestOptions> options,
    TimeProvider timeProvider,
    ILogger<TelemetryReceiver> logger) : BackgroundService
{
    private volatile bool _subscribed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var filter = options.Value.SharedSubscription ? Topics.Shared(options.Value.SharedGroup, Topics.AllTelemetry) : Topics.AllTelemetry;
        client.ConnectionStateChanged += (_, e) => OnConnectionStateChanged(e.State, filter, stoppingToken);
        client.ApplicationMessageReceivedAsync += args => OnMessageAsync(args, stoppingToken);

        var delay = options.Value.RetryDelayMin;
        while (true)
        {
            try
            {
                var result = await client.ConnectAsync(stoppingToken);
                await client.SubscribeAsync(filter, MqttQualityOfService.AtLeastOnce, stoppingToken);
                _subscribed = true;
                status.Subscribed();
                LogSubscribed(filter, result.SessionPresent);
                break;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogConnectFailed(exception, delay);
                await Task.Delay(delay, timeProvider, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.RetryDelayMax.Ticks));
            }
        }

        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>Stops taking messages and closes the channel, so the writer flushes what it holds and finishes.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            channel.TryComplete();
        }
    }

    /// <summary>
    /// Subscribes again after every reconnect, even when the broker reports a kept session:
    /// Mosquitto 2.0.11 restores persistent sessions after its own restart but not their shared
    /// subscriptions, so without this ingest would sit connected and receive nothing.
    /// </summary>
    private void OnConnectionStateChanged(MqttConnectionState state, string filter, CancellationToken stoppingToken)
    {
        if (state != MqttConnectionState.Connected)
        {
            status.BrokerConnected = false;
            return;
        }

        if (!_subscribed)
        {
            return;
        }

        // Not on the client's event thread: SUBACK is read by the connection this event reports.
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await client.SubscribeAsync(filter, MqttQualityOfService.AtLeastOnce, stoppingToken);
                    status.Subscribed();
                    LogResubscribed(filter);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // The connection dropped again; the next reconnect raises this event again.
                    LogResubscribeFailed(exception, filter);
                }
            },
            CancellationToken.None);
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs args, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: leave it unacknowledged; the broker redelivers it to whoever takes over.
            args.AutoAcknowledge = false;
            return;
        }

        var message = args.ApplicationMessage;
        if (!Mine(message.Topic))
        {
            status.OtherPartition(); // acknowledged as it is: the owning instance gets its own copy
            return;
        }

        status.Received();
        var validation = validator.Validate(message.Topic, message.Payload.Span);
        try
        {
            if (validation.Message is null)
            {
                await deadLetters.PublishAsync(client, message.Topic, message.Payload, validation.Reason!, stoppingToken);
                return;
            }

            args.AutoAcknowledge = false;
            // Rendered to line protocol by the writer, straight into the batch's buffer.
            var item = new IngestItem(message.Topic, message.Payload, validation.Message, args);
            status.Queued();
            try
            {
                await channel.WriteAsync(item, stoppingToken);
            }
            catch
            {
                status.NotQueued();
                throw;
            }
        }
        catch (Exception exception)
        {
            // Not acknowledged: the broker redelivers it after the next reconnect.
            args.AutoAcknowledge = false;
            LogHandlingFailed(exception, message.Topic);
        }
    }

    /// <summary>Whether this instance handles the topic's device; a topic that names no device is partition 0's (it dead-letters it).</summary>
    private bool Mine(string topic)
    {
        var partitions = options.Value.Partitions;
        if (partitions == 1)
        {
            return true;
        }

        // Every message of every partition passes here: the ids are hashed where they stand in the topic, allocating nothing.
        var owner = Topics.TryParse(topic.AsSpan(), out var site, out var device, out _) ? DevicePartition.Of(site, device, partitions) : 0;
        return owner == options.Value.Partition;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed to {Filter} (session present: {SessionPresent})")]
    private partial void LogSubscribed(string filter, bool sessionPresent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed again to {Filter} after a reconnect")]
    private partial void LogResubscribed(string filter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe again to {Filter} after a reconnect")]
    private partial void LogResubscribeFailed(Exception exception, string filter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot reach the broker; retrying in {Delay}")]
    private partial void LogConnectFailed(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not hand over a message from {Topic}; it stays unacknowledged for redelivery")]
    private partial void LogHandlingFailed(Exception exception, string topic);
}
