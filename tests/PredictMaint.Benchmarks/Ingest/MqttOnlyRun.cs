using System.Diagnostics;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// The MQTT leg alone: the same publishers and payloads through a fresh Mosquitto to one subscriber
/// with ingest's plain subscription (persistent session, QoS 1) that acknowledges on receipt and
/// stores nothing. Its rate is the ceiling the load generator and the broker put on the end-to-end
/// figure on this machine: when it is close to <c>e2e_pps</c>, the MQTT side is the bottleneck.
/// </summary>
internal static class MqttOnlyRun
{
    public static async Task<double> MeasureAsync(byte[][][] payloads, IngestBenchmarkSettings settings)
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        var options = new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, broker.Port).WithClientId("bench-drain").WithCleanSession(false).Build();
        await using var subscriber = new MqttClient(options);
        var expected = payloads.Sum(p => p.Length);
        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.ApplicationMessageReceivedAsync += _ =>
        {
            if (Interlocked.Increment(ref received) == expected)
            {
                done.TrySetResult();
            }

            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync();
        await subscriber.SubscribeAsync(Topics.AllTelemetry, MqttQualityOfService.AtLeastOnce);

        var clock = Stopwatch.StartNew();
        await BenchmarkPublisher.PublishAllAsync(broker.Port, payloads);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        return settings.TotalPoints / clock.Elapsed.TotalSeconds;
    }
}
