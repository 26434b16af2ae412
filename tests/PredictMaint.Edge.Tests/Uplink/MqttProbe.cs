using System.Collections.Concurrent;
using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Edge.Tests.Uplink;

/// <summary>
/// A subscriber with a persistent session on everything one device publishes; it keeps every
/// message in arrival order (QoS 1 duplicates included) and survives broker restarts.
/// </summary>
public sealed class MqttProbe : IAsyncDisposable
{
    private readonly MqttClient _client;

    private MqttProbe(MqttClient client) => _client = client;

    public ConcurrentQueue<(string Topic, byte[] Payload)> Messages { get; } = new();

    public static async Task<MqttProbe> StartAsync(int port, string site, string device, string? username = null, string? password = null)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId($"probe-{Guid.NewGuid():N}")
            .WithCleanSession(false)
            .WithAutoReconnect(true, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500));
        if (username is not null)
        {
            builder.WithCredentials(username, password);
        }

        var options = builder.Build();
        var probe = new MqttProbe(new MqttClient(options));
        probe._client.ApplicationMessageReceivedAsync += e =>
        {
            probe.Messages.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray()));
            return Task.CompletedTask;
        };
        await probe._client.ConnectAsync();
        await probe._client.SubscribeAsync($"{Topics.Prefix}/{site}/{device}/+", MqttQualityOfService.AtLeastOnce);
        return probe;
    }

    public Task PublishAsync(string topic, string payload, bool retain) =>
        _client.PublishAsync(new MqttApplicationMessage(topic, System.Text.Encoding.UTF8.GetBytes(payload), MqttQualityOfService.AtLeastOnce, retain));

    public IReadOnlyList<TelemetryMessage> Telemetry() =>
        [.. Of(Topics.Telemetry).Select(p => JsonSerializer.Deserialize(p, ContractsJsonContext.Default.TelemetryMessage)!)];

    public IReadOnlyList<JsonElement> Json(string kind) =>
        [.. Of(kind).Where(p => p.Length > 0).Select(p => JsonDocument.Parse(p).RootElement.Clone())];

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    private IEnumerable<byte[]> Of(string kind) => Messages.Where(m => m.Topic.EndsWith("/" + kind, StringComparison.Ordinal)).Select(m => m.Payload);
}
