using System.Diagnostics;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Edge.Tests.Uplink;

/// <summary>
/// A throwaway PKI made by the project's scripts/pki.sh (the one <c>./pm setup</c> uses) in a folder:
/// a CA, a broker certificate for 127.0.0.1 and a client certificate signed by it, a client
/// certificate of another CA (in <c>rogue/</c>), and a Mosquitto password file (mosquitto_passwd).
/// pki.sh leaves the broker's key readable by user <c>mosquitto</c>, as which Mosquitto started as root reads it.
/// </summary>
internal sealed class TestCertificates
{
    private TestCertificates(string directory) => Directory = directory;

    public string Directory { get; }

    public string CaCertificate => Path.Combine(Directory, "ca.crt");

    public string ServerCertificate => Path.Combine(Directory, "server.crt");

    public string ServerKey => Path.Combine(Directory, "server.key");

    public string ClientCertificate => Path.Combine(Directory, "client.crt");

    public string ClientKey => Path.Combine(Directory, "client.key");

    public string RogueClientCertificate => Path.Combine(Directory, "rogue", "rogue-client.crt");

    public string RogueClientKey => Path.Combine(Directory, "rogue", "rogue-client.key");

    public string PasswordFile => Path.Combine(Directory, "passwd");

    /// <param name="users">User name → password for the password file.</param>
    public static async Task<TestCertificates> CreateAsync(string directory, IReadOnlyDictionary<string, string> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var pki = RepositoryPaths.Script(Path.Combine("scripts", "pki.sh"));
        var script = $"""
            set -e
            chmod 755 '{directory}'
            '{pki}' init '{directory}'
            '{pki}' client '{directory}' client
            '{pki}' init '{directory}/rogue'
            '{pki}' client '{directory}/rogue' rogue-client
            cd '{directory}'
            touch passwd
            {string.Join("\n", users.Select(u => $"mosquitto_passwd -b passwd '{u.Key}' '{u.Value}'"))}
            chmod 644 passwd
            """;
        var info = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        return process.ExitCode == 0 ? new TestCertificates(directory) : throw new InvalidOperationException($"openssl/mosquitto_passwd failed: {errors}");
    }
}
