using System.Diagnostics;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Mqtt;

/// <summary>One publisher and one subscriber of our client, QoS 1, from first publish to last receive.</summary>
internal static class OurClientRun
{
    public static async Task<double> MeasureAsync(MosquittoServer server, MqttBenchmarkSettings settings)
    {
        var topic = $"bench/ours/{Guid.NewGuid():N}";
        var payload = new byte[settings.PayloadBytes];
        Array.Fill(payload, (byte)'x');
        await using var subscriber = new MqttClient(Options(server, "bench-sub"));
        await using var publisher = new MqttClient(Options(server, "bench-pub"));
        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var progressStep = Math.Max(1, settings.Messages / 10);
        subscriber.ApplicationMessageReceivedAsync += _ =>
        {
            var count = Interlocked.Increment(ref received);
            if (count % progressStep == 0)
            {
                Console.Error.WriteLine($"  ours: received {count}/{settings.Messages}");
            }

            if (count == settings.Messages)
            {
                done.TrySetResult();
            }

            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync();
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        await publisher.ConnectAsync();

        var stopwatch = Stopwatch.StartNew();
        var acknowledged = new Task[settings.Messages];
        for (var i = 0; i < settings.Messages; i++)
        {
            acknowledged[i] = publisher.PublishAsync(new MqttApplicationMessage(topic, payload, MqttQualityOfService.AtLeastOnce));
        }

        await Task.WhenAll(acknowledged);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        stopwatch.Stop();
        return settings.Messages / stopwatch.Elapsed.TotalSeconds;
    }

    private static MqttClientOptions Options(MosquittoServer server, string clientId) => new MqttClientOptionsBuilder()
        .WithTcpServer(MosquittoServer.Host, server.Port)
        .WithClientId($"{clientId}-{Guid.NewGuid():N}"[..24])
        .Build();
}
