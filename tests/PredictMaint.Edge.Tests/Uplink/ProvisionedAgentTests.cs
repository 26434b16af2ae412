using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Uplink;

/// <summary>
/// The agent configured by nothing but the bundle of <c>./pm provision device</c> (its <c>edge.json</c>,
/// read as <c>--config</c> would), against the secured broker of <c>./pm services up</c>: over TLS
/// with the device's own account, its telemetry reaches the ingest account's subscription.
/// </summary>
public sealed class ProvisionedAgentTests
{
    [Fact]
    public async Task Agent_WithTheProvisionedBundle_TelemetryReachesIngest()
    {
        await using var secured = await SecuredMosquitto.CreateAsync();
        var bundle = await secured.ProvisionDeviceAsync(EdgeAgentHarness.Site, EdgeAgentHarness.Device);
        await secured.Broker.StartAsync();
        var received = new ConcurrentQueue<(string Topic, TelemetryMessage Message)>();
        await using var ingest = new MqttClient(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", secured.Broker.Port)
            .WithClientId($"ingest-{Guid.NewGuid():N}")
            .WithCredentials("ingest", secured.ServicePassword("ingest"))
            .WithTls(new MqttTlsOptions { CaCertificateFile = secured.CaCertificateFile })
            .Build());
        ingest.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue((e.ApplicationMessage.Topic, JsonSerializer.Deserialize(e.ApplicationMessage.Payload.Span, ContractsJsonContext.Default.TelemetryMessage)!));
            return Task.CompletedTask;
        };
        await ingest.ConnectAsync();
        await ingest.SubscribeAsync(Topics.AllTelemetry, MqttQualityOfService.AtLeastOnce);

        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(bundle, "edge.json")).Build();
        await using var agent = new EdgeAgentHarness(secured.Broker.Port, configuration.AsEnumerable().Where(p => p.Value is not null).ToDictionary());
        await agent.StartAsync();
        var telemetry = await Eventually.WaitAsync(() => Task.FromResult(received.ToArray()), m => m.Length >= 2, TimeSpan.FromSeconds(30), "the agent's telemetry at ingest");
        await agent.StopAsync();

        Assert.All(telemetry, m => Assert.Equal($"pm/v1/{EdgeAgentHarness.Site}/{EdgeAgentHarness.Device}/telemetry", m.Topic));
        Assert.Equal([0L, 1L], telemetry.Take(2).Select(m => m.Message.Sequence));
    }
}
