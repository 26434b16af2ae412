using System.Diagnostics;
using System.Globalization;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Mqtt;

/// <summary>The reference: <c>mosquitto_pub -q 1 -l</c> from stdin lines into <c>mosquitto_sub -q 1 -C N</c>.</summary>
internal static class MosquittoToolsRun
{
    public static async Task<double> MeasureAsync(MosquittoServer server, MqttBenchmarkSettings settings)
    {
        var port = server.Port.ToString(CultureInfo.InvariantCulture);
        var topic = $"bench/tools/{Guid.NewGuid():N}";
        var subscriberId = $"bench-tools-{Guid.NewGuid():N}"[..23];

        // Register a persistent session first (-E exits once subscribed), so the measured
        // subscriber misses nothing however fast the publisher starts.
        using (var prepare = Start("mosquitto_sub", "-p", port, "-i", subscriberId, "-c", "-q", "1", "-t", topic, "-E"))
        {
            await prepare.WaitForExitAsync();
        }

        using var subscriber = Start("mosquitto_sub", "-p", port, "-i", subscriberId, "-c", "-q", "1", "-t", topic, "-C", settings.Messages.ToString(CultureInfo.InvariantCulture));
        var drained = subscriber.StandardOutput.BaseStream.CopyToAsync(Stream.Null);

        var stopwatch = Stopwatch.StartNew();
        using var publisher = Start("mosquitto_pub", "-p", port, "-q", "1", "-t", topic, "-l");
        var line = new string('x', settings.PayloadBytes);
        var input = publisher.StandardInput;
        for (var i = 0; i < settings.Messages; i++)
        {
            await input.WriteLineAsync(line);
        }

        await input.FlushAsync();

        // stdin stays open until everything arrived: at EOF mosquitto_pub 2.0 disconnects
        // without waiting for its queued QoS 1 messages, which loses most of a burst.
        await subscriber.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        stopwatch.Stop();
        input.Close();
        await drained;
        await publisher.WaitForExitAsync();
        if (subscriber.ExitCode != 0)
        {
            throw new InvalidOperationException($"mosquitto_sub exited with {subscriber.ExitCode}: {await subscriber.StandardError.ReadToEndAsync()}");
        }

        return settings.Messages / stopwatch.Elapsed.TotalSeconds;
    }

    private static Process Start(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
    }
}
