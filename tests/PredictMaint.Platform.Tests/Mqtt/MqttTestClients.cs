using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>Client factory and wait helpers for the integration tests.</summary>
internal static class MqttTestClients
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static string NewClientId(string prefix = "t") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 40)];

    public static string NewTopic() => $"test/{Guid.NewGuid():N}";

    /// <summary>A connect (TLS handshake included) gets the tests' whole wait budget: 5 s timed out once on a loaded CI machine.</summary>
    public static MqttClientOptionsBuilder Options(MosquittoServer server, string? clientId = null) =>
        new MqttClientOptionsBuilder()
            .WithTcpServer(MosquittoServer.Host, server.Port)
            .WithClientId(clientId ?? NewClientId())
            .WithConnectTimeout(Timeout);

    public static async Task<MqttClient> ConnectAsync(MqttClientOptions options)
    {
        var client = new MqttClient(options, TestLogger.Create<MqttClient>());
        await client.ConnectAsync();
        return client;
    }

    /// <summary>Completes when the client reaches <paramref name="state"/>; attach before causing the change.</summary>
    public static Task<MqttConnectionStateChangedEventArgs> WaitForStateAsync(MqttClient client, MqttConnectionState state)
    {
        var reached = new TaskCompletionSource<MqttConnectionStateChangedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.ConnectionStateChanged += (_, e) =>
        {
            if (e.State == state)
            {
                reached.TrySetResult(e);
            }
        };
        return reached.Task;
    }
}
