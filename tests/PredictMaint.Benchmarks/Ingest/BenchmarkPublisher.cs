using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>The load generator: one MQTT client per device, QoS 1, payloads serialised before the clock starts.</summary>
internal static class BenchmarkPublisher
{
    /// <summary>Every device's messages, in sequence order, as the JSON the devices send.</summary>
    public static byte[][][] Payloads(IngestBenchmarkSettings settings) =>
        Enumerable.Range(0, settings.Devices)
            .Select(d => Enumerable.Range(1, settings.MessagesPerDevice).Select(s => BenchmarkData.Payload(BenchmarkData.Message(d, s, settings.SamplesPerMessage))).ToArray())
            .ToArray();

    /// <summary>Publishes every device's messages in parallel; returns once the broker acknowledged them all.</summary>
    public static Task PublishAllAsync(int port, byte[][][] payloads) =>
        Task.WhenAll(payloads.Select((messages, device) => PublishAsync(port, device, messages)));

    private static async Task PublishAsync(int port, int device, byte[][] messages)
    {
        await using var client = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, port).WithClientId($"bench-device-{device}").Build());
        await client.ConnectAsync();
        var topic = Topics.For("site-1", BenchmarkData.DeviceId(device), Topics.Telemetry);
        // Up to the client's in-flight window outstanding at once; it queues the rest in order.
        await Task.WhenAll(messages.Select(m => client.PublishAsync(new MqttApplicationMessage(topic, m, MqttQualityOfService.AtLeastOnce))));
        await client.DisconnectAsync();
    }
}
