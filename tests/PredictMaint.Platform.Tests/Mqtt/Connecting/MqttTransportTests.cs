using System.Text;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt.Connecting;

/// <summary>TLS against Mosquitto with certificates made in the test (server and mutual authentication).</summary>
public sealed class MqttTransportTests : IClassFixture<TlsMosquittoFixture>
{
    private readonly TestCertificates _certificates;
    private readonly MosquittoServer _server;

    public MqttTransportTests(TlsMosquittoFixture fixture)
    {
        _certificates = fixture.Certificates;
        _server = fixture.Server;
    }

    [Fact]
    public async Task ConnectAsync_TrustedCaAndClientCertificate_RoundTripsMessage()
    {
        var topic = MqttTestClients.NewTopic();
        await using var client = await MqttTestClients.ConnectAsync(Options(Tls()).Build());
        var collector = new MessageCollector(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);

        await client.PublishAsync(new MqttApplicationMessage(topic, Encoding.UTF8.GetBytes("over tls"), MqttQualityOfService.AtLeastOnce));

        await collector.WaitForCountAsync(1);
        Assert.Equal(["over tls"], collector.Payloads);
    }

    [Fact]
    public async Task ConnectAsync_ServerNotSignedByConfiguredCa_FailsHandshake()
    {
        await using var client = new MqttClient(Options(Tls(caFile: _certificates.OtherCaFile)).Build());

        await Assert.ThrowsAsync<System.Security.Authentication.AuthenticationException>(() => client.ConnectAsync());
        Assert.Equal(MqttConnectionState.Disconnected, client.State);
    }

    [Fact]
    public async Task ConnectAsync_TargetHostNotInCertificate_FailsHandshake()
    {
        await using var client = new MqttClient(Options(Tls(targetHost: "broker.example")).Build());

        await Assert.ThrowsAsync<System.Security.Authentication.AuthenticationException>(() => client.ConnectAsync());
    }

    [Fact]
    public async Task ConnectAsync_NoClientCertificate_RefusedByBroker()
    {
        await using var client = new MqttClient(Options(new MqttTlsOptions { CaCertificateFile = _certificates.CaFile }).Build());

        await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync());
        Assert.Equal(MqttConnectionState.Disconnected, client.State);
    }

    [Fact]
    public async Task ConnectAsync_AllowUntrustedWithoutCa_Connects()
    {
        var tls = new MqttTlsOptions
        {
            AllowUntrustedCertificates = true,
            ClientCertificateFile = _certificates.ClientCertificateFile,
            ClientKeyFile = _certificates.ClientKeyFile,
        };
        await using var client = await MqttTestClients.ConnectAsync(Options(tls).Build());

        Assert.True(client.IsConnected);
    }

    private MqttTlsOptions Tls(string? caFile = null, string? targetHost = null) => new()
    {
        CaCertificateFile = caFile ?? _certificates.CaFile,
        ClientCertificateFile = _certificates.ClientCertificateFile,
        ClientKeyFile = _certificates.ClientKeyFile,
        TargetHost = targetHost,
    };

    private MqttClientOptionsBuilder Options(MqttTlsOptions tls) => MqttTestClients.Options(_server).WithTls(tls);
}
