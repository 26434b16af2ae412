using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt.Connecting;

/// <summary>A Mosquitto TLS listener that requires a client certificate from the test CA.</summary>
public sealed class TlsMosquittoFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"pm-test-mqtt-tls-{Guid.NewGuid():N}");

    internal TestCertificates Certificates { get; private set; } = null!;

    public MosquittoServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Certificates = TestCertificates.Create(_folder);
        Server = await MosquittoServer.StartNewAsync(
            $"""
            allow_anonymous true
            cafile {Certificates.CaFile}
            certfile {Certificates.ServerCertificateFile}
            keyfile {Certificates.ServerKeyFile}
            require_certificate true
            """);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
