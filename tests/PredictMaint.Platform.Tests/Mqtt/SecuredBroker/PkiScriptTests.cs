using System.Runtime.Versioning;
using System.Security.Cryptography.X509Certificates;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt.SecuredBroker;

/// <summary>scripts/pki.sh, which <c>./pm setup</c> runs on every call.</summary>
[SupportedOSPlatform("linux")]
public sealed class PkiScriptTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"pm-test-pki-{Guid.NewGuid():N}");

    [Fact]
    public async Task Init_RunTwice_KeepsTheCaAndCertificateAndKeysAreNotWorldReadable()
    {
        await RepositoryScript.RunAsync("scripts/pki.sh", ["init", _directory]);
        var ca = await File.ReadAllBytesAsync(Path.Combine(_directory, "ca.crt"));
        var server = await File.ReadAllBytesAsync(Path.Combine(_directory, "server.crt"));

        await RepositoryScript.RunAsync("scripts/pki.sh", ["init", _directory]);

        Assert.Equal(ca, await File.ReadAllBytesAsync(Path.Combine(_directory, "ca.crt")));
        Assert.Equal(server, await File.ReadAllBytesAsync(Path.Combine(_directory, "server.crt")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_directory, "ca.key")));
        const UnixFileMode Others = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(Path.Combine(_directory, "server.key")) & Others);
    }

    [Fact]
    public async Task Init_ServerCertificate_NamesLoopbackAndChainsToTheCa()
    {
        await RepositoryScript.RunAsync("scripts/pki.sh", ["init", _directory]);
        using var ca = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(_directory, "ca.crt"));
        using var server = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(_directory, "server.crt"));

        var names = Assert.Single(server.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Contains(System.Net.IPAddress.Loopback, names.EnumerateIPAddresses());
        Assert.Contains("localhost", names.EnumerateDnsNames());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(server), string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
