using PredictMaint.Platform.Configuration;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Uplink;

/// <summary>The uplink over TLS with a client certificate and per-device credentials, against a real Mosquitto.</summary>
public sealed class TlsUplinkTests(TlsBrokerFixture broker) : IClassFixture<TlsBrokerFixture>
{
    [Fact]
    public async Task Agent_MutualTlsAndDevicePassword_TelemetryArrives()
    {
        await using var probe = await MqttProbe.StartAsync(broker.PlainPort, EdgeAgentHarness.Site, EdgeAgentHarness.Device, TlsBrokerFixture.ProbeUser, TlsBrokerFixture.ProbePassword);
        await using var agent = new EdgeAgentHarness(broker.TlsPort, new Dictionary<string, string?>
        {
            ["Mqtt:CaCertificateFile"] = broker.Certificates.CaCertificate,
            ["Mqtt:ClientCertificateFile"] = broker.Certificates.ClientCertificate,
            ["Mqtt:ClientKeyFile"] = broker.Certificates.ClientKey,
            ["Mqtt:Username"] = TlsBrokerFixture.DeviceUser,
            ["Mqtt:Password"] = TlsBrokerFixture.DevicePassword,
        });
        await agent.StartAsync();

        var telemetry = await Eventually.WaitAsync(() => Task.FromResult(probe.Telemetry()), m => m.Count >= 2, TimeSpan.FromSeconds(30), "telemetry over TLS");
        await agent.StopAsync();

        Assert.Equal([0L, 1L], telemetry.Take(2).Select(m => m.Sequence)); // in order from the first
    }

    [Fact]
    public async Task ConnectAsync_ClientCertificateOfAnotherCa_Refused()
    {
        await using var client = new MqttClient(Settings(broker.Certificates.RogueClientCertificate, broker.Certificates.RogueClientKey).ToBuilder().WithAutoReconnect(false).Build());

        var refused = await Record.ExceptionAsync(() => client.ConnectAsync());

        Assert.NotNull(refused);
        Assert.IsNotType<MqttConnectException>(refused); // the TLS handshake failed, before any credentials were checked
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_NoClientCertificate_Refused()
    {
        await using var client = new MqttClient(Settings(null, null).ToBuilder().WithAutoReconnect(false).Build());

        var refused = await Record.ExceptionAsync(() => client.ConnectAsync());

        Assert.NotNull(refused);
        Assert.IsNotType<MqttConnectException>(refused); // the TLS handshake failed, before any credentials were checked
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_RightCertificateWrongPassword_NotAuthorized()
    {
        var settings = Settings(broker.Certificates.ClientCertificate, broker.Certificates.ClientKey);
        settings.Password = "wrong";
        await using var client = new MqttClient(settings.ToBuilder().WithAutoReconnect(false).Build());

        var refused = await Assert.ThrowsAsync<MqttConnectException>(() => client.ConnectAsync());

        Assert.Contains(refused.ReturnCode, new MqttConnectReturnCode?[] { MqttConnectReturnCode.BadUserNameOrPassword, MqttConnectReturnCode.NotAuthorized });
    }

    [Fact]
    public async Task ConnectAsync_RightCertificateAndPassword_Connects()
    {
        await using var client = new MqttClient(Settings(broker.Certificates.ClientCertificate, broker.Certificates.ClientKey).ToBuilder().WithAutoReconnect(false).Build());

        await client.ConnectAsync();

        Assert.True(client.IsConnected);
    }

    private MqttSettings Settings(string? certificate, string? key) => new()
    {
        Host = "127.0.0.1",
        Port = broker.TlsPort,
        ClientId = $"tls-{Guid.NewGuid():N}",
        CaCertificateFile = broker.Certificates.CaCertificate,
        ClientCertificateFile = certificate,
        ClientKeyFile = key,
        Username = TlsBrokerFixture.DeviceUser,
        Password = TlsBrokerFixture.DevicePassword,
    };
}
