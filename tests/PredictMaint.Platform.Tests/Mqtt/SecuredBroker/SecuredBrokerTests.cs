using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Platform.Tests.Mqtt.SecuredBroker;

/// <summary>
/// The secured broker's rules, on a real Mosquitto 2.0 started by mosquitto.sh --secure. Mosquitto checks
/// read access per message on delivery (a denied SUBSCRIBE is still granted, shared ones included); a
/// denied QoS 1 PUBLISH of an MQTT 3.1.1 client gets its PUBACK, is not forwarded, and the broker then
/// closes that connection. Every "never delivered" below is proven by a marker sent after the forbidden
/// message that does arrive.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class SecuredBrokerTests(SecuredBrokerFixture broker) : IClassFixture<SecuredBrokerFixture>
{
    private const MqttQualityOfService AtLeastOnce = MqttQualityOfService.AtLeastOnce;

    [Theory]
    [InlineData("another device's telemetry", "pm/v1/site-b/dev-b/telemetry")]
    [InlineData("its own id at another site", "pm/v1/site-b/dev-a/telemetry")]
    [InlineData("its own config", "pm/v1/site-a/dev-a/config")]
    [InlineData("the dead-letter topic", "pm/v1/_deadletter/ingest")]
    public async Task Publish_OutsideItsOwnTopics_DroppedWhileItsOwnTelemetryArrives(string what, string forbiddenTopic)
    {
        await using var ingest = await MqttTestClients.ConnectAsync(broker.Service("ingest").Build());
        await using var watcher = await MqttTestClients.ConnectAsync(broker.Service("operator").Build());
        var collector = new MessageCollector([ingest, watcher]);
        await ingest.SubscribeAsync(Topics.Shared("ingest", Topics.AllTelemetry), AtLeastOnce);
        await watcher.SubscribeAsync("pm/v1/#", AtLeastOnce);
        var forbidden = Marker("forbidden");
        var own = Marker("own");

        await using (var offender = await MqttTestClients.ConnectAsync(SecuredBrokerFixture.Device(broker.DeviceA).Build()))
        {
            var closed = MqttTestClients.WaitForStateAsync(offender, MqttConnectionState.Disconnected);
            // Not awaited: the PUBACK comes before the close, but a publish caught by the close fails (no auto-reconnect here).
            _ = offender.PublishAsync(new MqttApplicationMessage(forbiddenTopic, Encoding.UTF8.GetBytes(forbidden), AtLeastOnce));
            await closed.WaitAsync(MqttTestClients.Timeout);
            Assert.False(offender.IsConnected, $"the broker closes the connection of a device publishing to {what}");
        }

        await using var device = await MqttTestClients.ConnectAsync(SecuredBrokerFixture.Device(broker.DeviceA).Build());
        await device.PublishAsync(new MqttApplicationMessage(OwnTopic(broker.DeviceA, Topics.Telemetry), Encoding.UTF8.GetBytes(own), AtLeastOnce));

        // Both service accounts get the marker, ingest through its shared subscription.
        await collector.WaitUntilAsync(received => received.Count(e => Payload(e) == own) == 2);
        Assert.DoesNotContain(forbidden, collector.Payloads);
    }

    [Fact]
    public async Task Subscribe_AnotherDevicesConfig_NeitherRetainedNorLiveDeliveredWhileItsOwnIs()
    {
        await using var operatorClient = await MqttTestClients.ConnectAsync(broker.Service("operator").Build());
        var (foreignTopic, ownTopic) = (OwnTopic(broker.DeviceB, Topics.Config), OwnTopic(broker.DeviceA, Topics.Config));
        var (foreignRetained, ownRetained) = (Marker("config-b"), Marker("config-a"));
        await operatorClient.PublishAsync(new MqttApplicationMessage(foreignTopic, Encoding.UTF8.GetBytes(foreignRetained), AtLeastOnce, Retain: true));
        await operatorClient.PublishAsync(new MqttApplicationMessage(ownTopic, Encoding.UTF8.GetBytes(ownRetained), AtLeastOnce, Retain: true));
        await using var device = await MqttTestClients.ConnectAsync(SecuredBrokerFixture.Device(broker.DeviceA).Build());
        var collector = new MessageCollector(device);

        // Retained messages follow their SUBACK, so the own config arriving last proves the foreign one was withheld.
        await SubscribeEvenIfDeniedAsync(device, foreignTopic);
        await SubscribeEvenIfDeniedAsync(device, "pm/v1/+/+/config");
        await device.SubscribeAsync(ownTopic, AtLeastOnce);
        await collector.WaitUntilAsync(received => received.Any(e => Payload(e) == ownRetained));
        var (foreignLive, ownLive) = (Marker("live-b"), Marker("live-a"));
        await operatorClient.PublishAsync(new MqttApplicationMessage(foreignTopic, Encoding.UTF8.GetBytes(foreignLive), AtLeastOnce));
        await operatorClient.PublishAsync(new MqttApplicationMessage(ownTopic, Encoding.UTF8.GetBytes(ownLive), AtLeastOnce));
        await collector.WaitUntilAsync(received => received.Any(e => Payload(e) == ownLive));

        Assert.DoesNotContain(collector.Received, e => e.ApplicationMessage.Topic != ownTopic);
        Assert.DoesNotContain(foreignRetained, collector.Payloads);
        Assert.DoesNotContain(foreignLive, collector.Payloads);
    }

    [Fact]
    public async Task Connect_Anonymous_Refused()
    {
        var options = MqttTestClients.Options(broker.Broker).WithTls(new MqttTlsOptions { CaCertificateFile = broker.DeviceA.Mqtt.CaCertificateFile });
        await using var client = new MqttClient(options.Build());

        var error = await Assert.ThrowsAsync<MqttConnectException>(() => client.ConnectAsync());

        Assert.True(error.ReturnCode is MqttConnectReturnCode.NotAuthorized or MqttConnectReturnCode.BadUserNameOrPassword, $"{error.ReturnCode}");
    }

    [Theory]
    [InlineData("dev-a", "wrong")]
    [InlineData("dev-b", null)]
    [InlineData("ingest", "wrong")]
    public async Task Connect_WrongPassword_Refused(string user, string? password)
    {
        // dev-b with null: dev-a's real password against another account.
        await using var client = new MqttClient(broker.Options(user, password ?? broker.DeviceA.Mqtt.Password).Build());

        var error = await Assert.ThrowsAsync<MqttConnectException>(() => client.ConnectAsync());

        Assert.True(error.ReturnCode is MqttConnectReturnCode.NotAuthorized or MqttConnectReturnCode.BadUserNameOrPassword, $"{error.ReturnCode}");
    }

    [Fact]
    public async Task Connect_PlaintextToTheTlsPort_Fails()
    {
        var options = MqttTestClients.Options(broker.Broker).WithCredentials(broker.DeviceA.Device, broker.DeviceA.Mqtt.Password);
        await using var client = new MqttClient(options.Build());

        await Assert.ThrowsAsync<MqttCommunicationException>(() => client.ConnectAsync());

        Assert.Equal(MqttConnectionState.Disconnected, client.State);
    }

    [Fact]
    public async Task ProvisionDevice_WhileTheBrokerRuns_BundleConnectsOverTlsAndIngestReceivesItsTelemetry()
    {
        var bundle = await broker.ProvisionAsync("site-c", "dev-c");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(bundle.ConfigurationFile));
        Assert.Equal(("site-c", "dev-c", "dev-c", broker.Broker.Port), (bundle.Site, bundle.Device, bundle.Mqtt.Username, bundle.Mqtt.Port));
        Assert.Equal(Path.Combine(bundle.Directory, "ca.crt"), bundle.Mqtt.CaCertificateFile);
        await using var ingest = await MqttTestClients.ConnectAsync(broker.Service("ingest").Build());
        var collector = new MessageCollector(ingest);
        await ingest.SubscribeAsync(Topics.Shared("ingest", Topics.AllTelemetry), AtLeastOnce);

        // The provisioning made the broker reread its password file (SIGHUP), which it does asynchronously.
        await using var device = (await Eventually.WaitAsync(() => TryConnectAsync(SecuredBrokerFixture.Device(bundle).Build()), client => client is not null,
            MqttTestClients.Timeout, "the broker to accept the newly provisioned device"))!;
        var telemetry = new TelemetryMessage
        {
            SchemaVersion = TelemetryMessage.CurrentSchemaVersion, SiteId = bundle.Site, DeviceId = bundle.Device, Model = "aqua-200", Sequence = 1,
            Samples = [new TelemetrySample { Timestamp = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), PressureDropKpa = 42.5 }],
        };
        await device.PublishAsync(new MqttApplicationMessage(OwnTopic(bundle, Topics.Telemetry),
            JsonSerializer.SerializeToUtf8Bytes(telemetry, ContractsJsonContext.Default.TelemetryMessage), AtLeastOnce));

        await collector.WaitForCountAsync(1);
        var received = Assert.Single(collector.Received);
        Assert.Equal("pm/v1/site-c/dev-c/telemetry", received.ApplicationMessage.Topic);
        Assert.Equal(telemetry with { Samples = [] }, JsonSerializer.Deserialize(received.ApplicationMessage.Payload.Span, ContractsJsonContext.Default.TelemetryMessage)! with { Samples = [] });
    }

    private static async Task<MqttClient?> TryConnectAsync(MqttClientOptions options)
    {
        var client = new MqttClient(options);
        try
        {
            await client.ConnectAsync();
            return client;
        }
        catch (MqttConnectException)
        {
            await client.DisposeAsync();
            return null;
        }
    }

    /// <summary>Mosquitto 2.0 grants a denied subscription (and filters on delivery); a broker answering 0x80 is as good.</summary>
    private static async Task SubscribeEvenIfDeniedAsync(MqttClient client, string filter)
    {
        try
        {
            await client.SubscribeAsync(filter, AtLeastOnce);
        }
        catch (MqttSubscribeException)
        {
        }
    }

    private static string OwnTopic(DeviceBundle device, string kind) => Topics.For(device.Site, device.Device, kind);

    private static string Marker(string name) => $"{name}-{Guid.NewGuid():N}";

    private static string Payload(MqttApplicationMessageReceivedEventArgs e) => Encoding.UTF8.GetString(e.ApplicationMessage.Payload.Span);
}
