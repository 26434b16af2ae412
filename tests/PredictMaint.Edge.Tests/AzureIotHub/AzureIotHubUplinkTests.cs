using System.Text.Json;
using PredictMaint.Edge.AzureIotHub;
using PredictMaint.Edge.Tests.Features;
using PredictMaint.Edge.Tests.Uplink;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.AzureIotHub;

/// <summary>
/// IoT Hub mode against a local Mosquitto (the hub itself cannot be reached here): the same queue,
/// batching and acknowledgement as the normal uplink, the hub's client id, user name and topic.
/// </summary>
public sealed class AzureIotHubUplinkTests
{
    private const string Key = "c2VjcmV0LWRldmljZS1rZXktZm9yLXRlc3RzLTEyMzQ=";

    [Fact]
    public async Task Agent_IotHubMode_TelemetryOnlyOnTheDeviceEventsTopicWithTheHubUserName()
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        var received = new System.Collections.Concurrent.ConcurrentQueue<(string Topic, byte[] Payload)>();
        await using var subscriber = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithClientId("hub-probe").Build());
        subscriber.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray()));
            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync();
        await subscriber.SubscribeAsync("#", MqttQualityOfService.AtLeastOnce);
        await using var agent = new EdgeAgentHarness(broker.Port, new Dictionary<string, string?>
        {
            ["AzureIotHub:HostName"] = "127.0.0.1",
            ["AzureIotHub:DeviceId"] = "hub-device-1",
            ["AzureIotHub:DeviceKey"] = Key,
            ["AzureIotHub:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AzureIotHub:UseTls"] = "false",
        });
        await agent.StartAsync();

        await Eventually.WaitAsync(() => Task.FromResult(received.Count), n => n >= 3, TimeSpan.FromSeconds(30), "telemetry from the agent in IoT Hub mode");
        await agent.StopAsync();

        Assert.All(received, m => Assert.Equal("devices/hub-device-1/messages/events/", m.Topic));
        var sequences = received.Select(m => JsonSerializer.Deserialize(m.Payload, ContractsJsonContext.Default.TelemetryMessage)!.Sequence).ToList();
        Assert.Equal(Enumerable.Range(0, sequences.Count).Select(i => (long)i), sequences);
        var log = await Eventually.WaitAsync(() => Task.FromResult(File.ReadAllText(broker.LogFile)), l => l.Contains("as hub-device-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the connect in the broker log");
        Assert.Contains("u'127.0.0.1/hub-device-1/?api-version=2021-04-12'", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_EveryConnectAsksForThePassword_RenewedTokenAfterRenewBefore()
    {
        var time = new ManualTimeProvider();
        var options = AzureIotHubConnection.Builder(
            new AzureIotHubOptions { HostName = "myhub.azure-devices.net", DeviceId = "device1", DeviceKey = Key, TokenLifetime = TimeSpan.FromHours(1) },
            TimeSpan.FromSeconds(30), time, out var topic).Build();

        var first = options.PasswordProvider!();
        time.Advance(TimeSpan.FromMinutes(56));
        var renewed = options.PasswordProvider();

        Assert.Equal("devices/device1/messages/events/", topic);
        Assert.Equal("device1", options.ClientId);
        Assert.Equal("myhub.azure-devices.net/device1/?api-version=2021-04-12", options.Username);
        Assert.Equal(SasToken.Create("myhub.azure-devices.net/devices/device1", Key, time.GetUtcNow() - TimeSpan.FromMinutes(56) + TimeSpan.FromHours(1)), first);
        Assert.Equal(SasToken.Create("myhub.azure-devices.net/devices/device1", Key, time.GetUtcNow() + TimeSpan.FromHours(1)), renewed);
        Assert.NotNull(options.Tls);
        Assert.Equal(8883, options.Port);
    }
}
