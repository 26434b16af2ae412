using System.Globalization;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt.SecuredBroker;

/// <summary>
/// The secured broker as <c>./pm setup</c> and <c>./pm services up</c> make it, in a temporary PM_DATA:
/// scripts/pki.sh and scripts/mqtt-accounts.sh create the PKI and service accounts, two devices are
/// provisioned through <c>./pm provision device</c>, then mosquitto.sh starts the broker with <c>--secure</c>
/// (stopped by its PID on dispose).
/// </summary>
public sealed class SecuredBrokerFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"pm-test-secured-{Guid.NewGuid():N}");

    public string PkiDirectory => Path.Combine(_dataDirectory, "pki");

    public MosquittoServer Broker { get; private set; } = null!;

    internal DeviceBundle DeviceA { get; private set; } = null!;

    internal DeviceBundle DeviceB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        await RepositoryScript.RunAsync("scripts/pki.sh", ["init", PkiDirectory]);
        await RepositoryScript.RunAsync("scripts/mqtt-accounts.sh", ["init", PkiDirectory]);
        Broker = MosquittoServer.Secured(PkiDirectory);
        DeviceA = await ProvisionAsync("site-a", "dev-a");
        DeviceB = await ProvisionAsync("site-b", "dev-b");
        await Broker.StartAsync();
    }

    /// <summary>Runs <c>./pm provision device</c> for this broker and reads the bundle it wrote.</summary>
    internal async Task<DeviceBundle> ProvisionAsync(string site, string device)
    {
        var bundle = Path.Combine(_dataDirectory, "bundles", device);
        await RepositoryScript.RunAsync("pm", ["provision", "device", "--site", site, "--device", device, "--out", bundle], new Dictionary<string, string>
        {
            ["PM_DATA"] = _dataDirectory,
            ["PM_MQTT_PORT"] = Broker.Port.ToString(CultureInfo.InvariantCulture),
        });
        return DeviceBundle.Load(bundle);
    }

    /// <summary>TLS against the test PKI's CA, as <paramref name="user"/>.</summary>
    public MqttClientOptionsBuilder Options(string user, string? password) =>
        MqttTestClients.Options(Broker, MqttTestClients.NewClientId(user))
            .WithTls(new MqttTlsOptions { CaCertificateFile = Path.Combine(PkiDirectory, "ca.crt") })
            .WithCredentials(user, password);

    /// <summary>A service account (ingest, predictor, operator, firmware-sim) with the password setup stored for it.</summary>
    public MqttClientOptionsBuilder Service(string name) =>
        Options(name, File.ReadAllText(Path.Combine(PkiDirectory, "secrets", $"{name}.password")).Trim());

    /// <summary>The device's own connection settings from its bundle.</summary>
    internal static MqttClientOptionsBuilder Device(DeviceBundle bundle) =>
        bundle.Mqtt.ToBuilder().WithAutoReconnect(false).WithConnectTimeout(MqttTestClients.Timeout);

    public async Task DisposeAsync()
    {
        await Broker.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
