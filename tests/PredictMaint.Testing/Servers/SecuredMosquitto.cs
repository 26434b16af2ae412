using System.Globalization;

namespace PredictMaint.Testing.Servers;

/// <summary>
/// The secured broker as <c>./pm setup</c> and <c>./pm services up</c> make it, in a temporary PM_DATA:
/// scripts/pki.sh and scripts/mqtt-accounts.sh create the PKI and the service accounts, mosquitto.sh
/// starts the broker with <c>--secure</c> (stopped by its PID on dispose), and devices are provisioned
/// through <c>./pm provision device</c>.
/// </summary>
public sealed class SecuredMosquitto : IAsyncDisposable
{
    private readonly string _dataDirectory;

    private SecuredMosquitto(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        Broker = MosquittoServer.Secured(PkiDirectory);
    }

    public string PkiDirectory => Path.Combine(_dataDirectory, "pki");

    public string CaCertificateFile => Path.Combine(PkiDirectory, "ca.crt");

    /// <summary>Not started until <see cref="MosquittoServer.StartAsync"/>; its port is known before.</summary>
    public MosquittoServer Broker { get; }

    /// <summary>The PKI and service accounts are created; the broker is not started yet.</summary>
    public static async Task<SecuredMosquitto> CreateAsync()
    {
        var secured = new SecuredMosquitto(Path.Combine(Path.GetTempPath(), $"pm-test-secured-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(secured._dataDirectory);
        await RepositoryScript.RunAsync("scripts/pki.sh", ["init", secured.PkiDirectory]);
        await RepositoryScript.RunAsync("scripts/mqtt-accounts.sh", ["init", secured.PkiDirectory]);
        return secured;
    }

    /// <summary>Runs <c>./pm provision device</c> for this broker; returns the bundle folder (edge.json, ca.crt).</summary>
    public async Task<string> ProvisionDeviceAsync(string site, string device)
    {
        var bundle = Path.Combine(_dataDirectory, "bundles", device);
        await RepositoryScript.RunAsync("pm", ["provision", "device", "--site", site, "--device", device, "--out", bundle], new Dictionary<string, string>
        {
            ["PM_DATA"] = _dataDirectory,
            ["PM_MQTT_PORT"] = Broker.Port.ToString(CultureInfo.InvariantCulture),
        });
        return bundle;
    }

    /// <summary>The password setup stored for a service account (ingest, predictor, operator, firmware-sim).</summary>
    public string ServicePassword(string name) => File.ReadAllText(Path.Combine(PkiDirectory, "secrets", $"{name}.password")).Trim();

    public async ValueTask DisposeAsync()
    {
        await Broker.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
