using System.Globalization;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Mqtt;

/// <summary>Runs both sides against one private broker and formats the result line.</summary>
internal static class MqttThroughputBenchmark
{
    public static async Task<string> RunAsync(MqttBenchmarkSettings settings)
    {
        await using var server = await MosquittoServer.StartNewAsync();
        Console.Error.WriteLine($"mosquitto on 127.0.0.1:{server.Port} ({server.DataDirectory}); {settings.Messages} messages of {settings.PayloadBytes} bytes, QoS 1");

        var ours = await OurClientRun.MeasureAsync(server, settings);
        Console.Error.WriteLine($"ours:     {ours:0} msg/s");
        var baseline = await MosquittoToolsRun.MeasureAsync(server, settings);
        Console.Error.WriteLine($"baseline: {baseline:0} msg/s (mosquitto_pub -l -> mosquitto_sub -C)");

        return string.Create(
            CultureInfo.InvariantCulture,
            $"mqtt qos1_msgs_per_s={Math.Round(ours):0} baseline_msgs_per_s={Math.Round(baseline):0} ratio={ours / baseline:0.00}");
    }
}
