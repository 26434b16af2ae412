using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PredictMaint.Edge.AzureIotHub;
using PredictMaint.Edge.Hosting;
using PredictMaint.Edge.Queue;
using PredictMaint.Platform.Configuration;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Edge.Uplink;

/// <summary>
/// The MQTT side of the agent: connects (retrying until the broker is there), publishes the
/// retained birth status with an <c>offline</c> last will, follows the retained <c>config</c>
/// topic and drains the disk queue as telemetry (<see cref="TelemetryDrainer"/>).
/// </summary>
public sealed partial class UplinkService(
    DiskQueueLog queue, RuntimeSettingsStore settings, EdgeStatusTracker status,
    IOptions<EdgeOptions> edge, IOptions<MqttSettings> mqtt, IOptions<UplinkOptions> uplink, IOptions<DiskQueueOptions> queueOptions,
    IOptions<AzureIotHubOptions> azureIotHub, TimeProvider timeProvider, ILoggerFactory loggerFactory) : BackgroundService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<UplinkService>();
    private readonly SemaphoreSlim _statusNeeded = new(0);

    private string TopicFor(string kind) => Topics.For(edge.Value.Site, edge.Value.Device, kind);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hub = azureIotHub.Value;
        var telemetryTopic = TopicFor(Topics.Telemetry);
        var builder = hub.Enabled
            ? AzureIotHubConnection.Builder(hub, mqtt.Value.KeepAlive, timeProvider, out telemetryTopic)
            : mqtt.Value.ToBuilder().WithWill(StatusMessage(new DeviceStatus { SchemaVersion = DeviceStatus.CurrentSchemaVersion, State = DeviceStatus.Offline }));
        var options = builder.WithAutoReconnect(true, TimeSpan.FromMilliseconds(200), uplink.Value.ReconnectDelayMax).Build();
        await using var client = new MqttClient(options, loggerFactory.CreateLogger<MqttClient>(), timeProvider);
        var config = new RemoteConfigurationHandler(settings, edge.Value.Site, edge.Value.Device, timeProvider, _logger);
        client.ApplicationMessageReceivedAsync += async e =>
        {
            await config.HandleAsync(e.ApplicationMessage.Payload, ev => client.PublishAsync(RemoteConfigurationHandler.ToMessage(TopicFor(Topics.Events), ev), stoppingToken));
            _statusNeeded.Release();
        };
        status.InputChanged += (_, _) => _statusNeeded.Release();
        client.ConnectionStateChanged += (_, e) =>
        {
            if (e.State == MqttConnectionState.Connected)
            {
                _statusNeeded.Release(); // the broker may have published our will meanwhile
            }
        };

        try
        {
            await ConnectAsync(client, stoppingToken);
            if (!hub.Enabled)
            {
                await client.SubscribeAsync(TopicFor(Topics.Config), MqttQualityOfService.AtLeastOnce, stoppingToken);
            }

            var drainer = new TelemetryDrainer(queue, settings, status, telemetryTopic,
                (records, sequence) => TelemetryBatchEncoder.Encode(records, sequence, edge.Value.Site, edge.Value.Device, edge.Value.Model),
                uplink.Value.MaxMessagesInFlight, timeProvider, loggerFactory.CreateLogger<TelemetryDrainer>());
            // IoT Hub has no retained messages and drops a client that publishes to other topics.
            await Task.WhenAll(drainer.RunAsync(client, stoppingToken), hub.Enabled ? HealthFileLoopAsync(stoppingToken) : StatusLoopAsync(client, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }

        await GoOfflineAsync(client, hub.Enabled);
    }

    private async Task ConnectAsync(MqttClient client, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                await client.ConnectAsync(cancellationToken);
                UplinkLog.Connected(_logger, client.Options.Host, client.Options.Port, client.Options.ClientId);
                return;
            }
            catch (Exception ex) when (ex is MqttCommunicationException or MqttConnectException or IOException or TimeoutException or System.Net.Sockets.SocketException)
            {
                UplinkLog.ConnectFailed(_logger, delay, ex);
                await Task.Delay(delay, timeProvider, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, uplink.Value.ReconnectDelayMax.Ticks));
            }
        }
    }

    private async Task StatusLoopAsync(MqttClient client, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var snapshot = status.Snapshot(DeviceStatus.Online);
                HealthFile.Write(queueOptions.Value.Directory, snapshot);
                await client.PublishAsync(StatusMessage(snapshot), cancellationToken);
            }
            catch (MqttCommunicationException ex)
            {
                UplinkLog.StatusFailed(_logger, ex);
            }

            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(_statusNeeded.WaitAsync(waiting.Token), Task.Delay(uplink.Value.StatusInterval, timeProvider, waiting.Token));
            await waiting.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            while (_statusNeeded.Wait(0, CancellationToken.None))
            {
                // Several reasons to publish collapse into one status.
            }
        }
    }

    /// <summary>IoT Hub mode: the local health file only (there is no status topic).</summary>
    private async Task HealthFileLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            HealthFile.Write(queueOptions.Value.Directory, status.Snapshot(DeviceStatus.Online));
            await Task.Delay(uplink.Value.StatusInterval, timeProvider, cancellationToken);
        }
    }

    private async Task GoOfflineAsync(MqttClient client, bool hubMode)
    {
        if (!client.IsConnected)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3), timeProvider);
        try
        {
            var snapshot = status.Snapshot(DeviceStatus.Offline);
            HealthFile.Write(queueOptions.Value.Directory, snapshot);
            if (!hubMode)
            {
                await client.PublishAsync(StatusMessage(snapshot), timeout.Token);
            }

            await client.DisconnectAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is MqttCommunicationException or OperationCanceledException)
        {
            UplinkLog.StatusFailed(_logger, ex);
        }
    }

    private MqttApplicationMessage StatusMessage(DeviceStatus deviceStatus) =>
        new(TopicFor(Topics.Status), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(deviceStatus, ContractsJsonContext.Default.DeviceStatus), MqttQualityOfService.AtLeastOnce, Retain: true);

    public override void Dispose()
    {
        _statusNeeded.Dispose();
        base.Dispose();
    }
}
