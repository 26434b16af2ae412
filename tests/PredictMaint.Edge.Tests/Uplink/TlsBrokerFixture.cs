using System.Globalization;
using PredictMaint.Edge.Tests.Queue;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Edge.Tests.Uplink;

/// <summary>
/// A real Mosquitto with a second listener that requires TLS and a client certificate of the test
/// CA, and a password file for every listener (no anonymous clients): the plain listener is for the
/// test's own subscriber.
/// </summary>
public sealed class TlsBrokerFixture : IAsyncLifetime
{
    public const string DeviceUser = "dev-t";
    public const string DevicePassword = "device-secret";
    public const string ProbeUser = "probe";
    public const string ProbePassword = "probe-secret";

    private readonly TemporaryDirectory _directory = new();
    private MosquittoServer? _broker;

    internal TestCertificates Certificates { get; private set; } = null!;

    public int TlsPort { get; } = FreePort.Next();

    public int PlainPort => _broker!.Port;

    public async Task InitializeAsync()
    {
        Certificates = await TestCertificates.CreateAsync(_directory.Path, new Dictionary<string, string> { [DeviceUser] = DevicePassword, [ProbeUser] = ProbePassword });
        _broker = await MosquittoServer.StartNewAsync(string.Create(CultureInfo.InvariantCulture, $"""
            allow_anonymous false
            password_file {Certificates.PasswordFile}
            listener {TlsPort} 127.0.0.1
            cafile {Certificates.CaCertificate}
            certfile {Certificates.ServerCertificate}
            keyfile {Certificates.ServerKey}
            require_certificate true

            """));
    }

    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        _directory.Dispose();
    }
}
