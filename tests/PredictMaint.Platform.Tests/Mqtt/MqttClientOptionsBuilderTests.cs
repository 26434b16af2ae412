using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Platform.Tests.Mqtt;

public sealed class MqttClientOptionsBuilderTests
{
    [Fact]
    public void Build_Defaults_MatchDocumentedValues()
    {
        var options = Valid().Build();

        Assert.Equal(100, options.MaxOutgoingInFlight);
        Assert.Equal(1024 * 1024, options.MaxPacketSizeBytes);
        Assert.True(options.CleanSession);
        Assert.False(options.AutoReconnect);
        Assert.Equal(MqttProtocolVersion.V311, options.ProtocolVersion);
    }

    [Fact]
    public void Build_AllSettings_AreCarriedOver()
    {
        var will = new MqttApplicationMessage("s/status", "offline"u8.ToArray(), MqttQualityOfService.AtLeastOnce, true);

        var options = Valid()
            .WithCredentials("user", "secret")
            .WithCleanSession(false)
            .WithKeepAlive(TimeSpan.FromSeconds(5))
            .WithWill(will)
            .WithMaxOutgoingInFlight(7)
            .WithMaxPacketSize(4096)
            .WithConnectTimeout(TimeSpan.FromSeconds(2))
            .WithAutoReconnect(true, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(9))
            .Build();

        Assert.Equal(("user", "secret", false), (options.Username, options.Password, options.CleanSession));
        Assert.Equal((TimeSpan.FromSeconds(5), 7, 4096), (options.KeepAlive, options.MaxOutgoingInFlight, options.MaxPacketSizeBytes));
        Assert.Same(will, options.Will);
        Assert.Equal((true, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(9)), (options.AutoReconnect, options.ReconnectDelayMin, options.ReconnectDelayMax));
    }

    public static TheoryData<string, Func<MqttClientOptionsBuilder, MqttClientOptionsBuilder>> InvalidSettings => new()
    {
        { "host", b => b.WithTcpServer(" ", 1883) },
        { "port", b => b.WithTcpServer("localhost", 0) },
        { "port", b => b.WithTcpServer("localhost", 65536) },
        { "clientId", b => b.WithClientId(string.Empty).WithCleanSession(false) },
        { "clientId", b => b.WithClientId("a\u0001b") },
        { "clientId", b => b.WithClientId(new string('x', 70_000)) },
        { "keepAlive", b => b.WithKeepAlive(TimeSpan.FromSeconds(65536)) },
        { "keepAlive", b => b.WithKeepAlive(TimeSpan.FromSeconds(-1)) },
        { "keepAlive", b => b.WithKeepAlive(TimeSpan.FromMilliseconds(1500)) },
        { "maxOutgoingInFlight", b => b.WithMaxOutgoingInFlight(0) },
        { "maxPacketSizeBytes", b => b.WithMaxPacketSize(10) },
        { "connectTimeout", b => b.WithConnectTimeout(TimeSpan.Zero) },
        { "max", b => b.WithAutoReconnect(true, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1)) },
        { "topic", b => b.WithWill(new MqttApplicationMessage("a/#", ReadOnlyMemory<byte>.Empty)) },
        { "tls", b => b.WithTls(new MqttTlsOptions { CaCertificateFile = "/nonexistent/ca.pem" }) },
        { "tls", b => b.WithTls(new MqttTlsOptions { ClientCertificateFile = "/etc/hostname" }) },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Build_InvalidSetting_ThrowsArgumentExceptionNamingIt(string parameter, Func<MqttClientOptionsBuilder, MqttClientOptionsBuilder> configure)
    {
        var error = Assert.Throws<ArgumentException>(() => configure(Valid()).Build());

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Build_EmptyClientIdWithCleanSession_IsAllowed() => Assert.Equal(string.Empty, Valid().WithClientId(string.Empty).Build().ClientId);

    private static MqttClientOptionsBuilder Valid() => new MqttClientOptionsBuilder().WithTcpServer("localhost", 1883).WithClientId("c1");
}
