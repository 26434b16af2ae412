using System.Diagnostics;
using System.Globalization;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>Freezes and thaws a test broker by the PID its start script recorded.</summary>
internal static class BrokerProcess
{
    public static Task FreezeAsync(MosquittoServer server) => SignalAsync(server, "-STOP");

    public static Task ThawAsync(MosquittoServer server) => SignalAsync(server, "-CONT");

    private static async Task SignalAsync(MosquittoServer server, string signal)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(server.DataDirectory, "mosquitto.pid")).Trim(), CultureInfo.InvariantCulture);
        using var kill = Process.Start("kill", [signal, pid.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
