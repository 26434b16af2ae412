using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt.SecuredBroker;

/// <summary>
/// The secured broker of <c>./pm services up</c> (<see cref="SecuredMosquitto"/>) with two devices provisioned
/// through <c>./pm provision device</c> before it starts.
/// </summary>
public sealed class SecuredBrokerFixture : IAsyncLifetime
{
    private SecuredMosquitto _secured = null!;

    public MosquittoServer Broker => _secured.Broker;

    internal DeviceBundle DeviceA { get; private set; } = null!;

    internal DeviceBundle DeviceB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _secured = await SecuredMosquitto.CreateAsync();
        DeviceA = await ProvisionAsync("site-a", "dev-a");
        DeviceB = await ProvisionAsync("site-b", "dev-b");
        await Broker.StartAsync();
    }

    internal async Task<DeviceBundle> ProvisionAsync(string site, string device) => DeviceBundle.Load(await _secured.ProvisionDeviceAsync(site, device));

    /// <summary>TLS against the test PKI's CA, as <paramref name="user"/>.</summary>
    public MqttClientOptionsBuilder Options(string user, string? password) =>
        MqttTestClients.Options(Broker, MqttTestClients.NewClientId(user))
            .WithTls(new MqttTlsOptions { CaCertificateFile = _secured.CaCertificateFile })
            .WithCredentials(user, password);

    /// <summary>A service account with the password setup stored for it.</summary>
    public MqttClientOptionsBuilder Service(string name) => Options(name, _secured.ServicePassword(name));

    /// <summary>The device's own connection settings from its bundle.</summary>
    internal static MqttClientOptionsBuilder Device(DeviceBundle bundle) =>
        bundle.Mqtt.ToBuilder().WithAutoReconnect(false).WithConnectTimeout(MqttTestClients.Timeout);

    public async Task DisposeAsync() => await _secured.DisposeAsync();
}
