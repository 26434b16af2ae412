using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Ingest.Tests.Fixtures;

/// <summary>
/// Publishes numbered telemetry (QoS 1) for several devices over one reconnecting client, so the
/// expected points per device and sequence are known exactly. Sample i of message s of a device is
/// dated 5 January 2026 + (s·samples + i) seconds, so every point is distinct.
/// </summary>
public sealed class LoadPublisher(int brokerPort, int devices, int samplesPerMessage)
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static string DeviceId(int index) => $"load-{index}";

    public int Devices => devices;

    public int SamplesPerMessage => samplesPerMessage;

    /// <summary>Messages <paramref name="first"/>..<paramref name="last"/> of every device, at most <paramref name="messagesPerSecond"/> in total (0: as fast as possible).</summary>
    public async Task PublishAsync(string clientId, long first, long last, int messagesPerSecond = 0, CancellationToken cancellationToken = default)
    {
        await using var client = new MqttClient(new MqttClientOptionsBuilder()
            .WithTcpServer(MosquittoServer.Host, brokerPort)
            .WithClientId(clientId)
            .WithCleanSession(false)
            .WithAutoReconnect(true, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(500))
            .Build());
        await client.ConnectAsync(cancellationToken);
        // Pacing spreads the load over time so failures happen mid-stream; it is a rate, not a wait for a condition.
        using var pace = messagesPerSecond > 0 ? new PeriodicTimer(TimeSpan.FromMilliseconds(20)) : null;
        var perTick = Math.Max(1, messagesPerSecond / 50);
        var sent = 0;
        for (var sequence = first; sequence <= last; sequence++)
        {
            for (var device = 0; device < devices; device++)
            {
                var topic = Topics.For("site-1", DeviceId(device), Topics.Telemetry);
                await client.PublishAsync(new MqttApplicationMessage(topic, Message(DeviceId(device), sequence), MqttQualityOfService.AtLeastOnce), cancellationToken);
                if (pace is not null && ++sent % perTick == 0)
                {
                    await pace.WaitForNextTickAsync(cancellationToken);
                }
            }
        }

        await client.DisconnectAsync(cancellationToken);
    }

    public byte[] Message(string deviceId, long sequence)
    {
        var samples = new TelemetrySample[samplesPerMessage];
        for (var i = 0; i < samplesPerMessage; i++)
        {
            samples[i] = new TelemetrySample
            {
                Timestamp = Epoch.AddSeconds((sequence * samplesPerMessage) + i),
                PressureDropKpa = 30 + (i * 0.1),
                FlowLitresPerMinute = 4,
                PumpCurrentAmps = 1.3,
            };
        }

        var message = new TelemetryMessage { SchemaVersion = 1, SiteId = "site-1", DeviceId = deviceId, Model = "aqua-400", Sequence = sequence, Samples = samples };
        return JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage);
    }
}
