using System.Diagnostics;

namespace PredictMaint.Edge.Tests.Uplink;

/// <summary>
/// A throwaway PKI made with openssl in a folder: a CA, a broker certificate for 127.0.0.1 and a
/// client certificate signed by it, a client certificate of another CA, and a Mosquitto password
/// file (mosquitto_passwd). Files are world-readable: Mosquitto started as root reads them as user
/// <c>mosquitto</c>.
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

    public string RogueClientCertificate => Path.Combine(Directory, "rogue-client.crt");

    public string RogueClientKey => Path.Combine(Directory, "rogue-client.key");

    public string PasswordFile => Path.Combine(Directory, "passwd");

    /// <param name="users">User name → password for the password file.</param>
    public static async Task<TestCertificates> CreateAsync(string directory, IReadOnlyDictionary<string, string> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        const string Key = "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out";
        var script = $"""
            set -e
            cd '{directory}'
            {Key} ca.key
            openssl req -x509 -new -key ca.key -subj /CN=pm-test-ca -days 2 -out ca.crt
            {Key} rogue-ca.key
            openssl req -x509 -new -key rogue-ca.key -subj /CN=pm-rogue-ca -days 2 -out rogue-ca.crt
            printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > server.ext
            {Key} server.key
            openssl req -new -key server.key -subj /CN=127.0.0.1 -out server.csr
            openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext -out server.crt
            {Key} client.key
            openssl req -new -key client.key -subj /CN=dev-t -out client.csr
            openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -out client.crt
            {Key} rogue-client.key
            openssl req -new -key rogue-client.key -subj /CN=dev-t -out rogue-client.csr
            openssl x509 -req -in rogue-client.csr -CA rogue-ca.crt -CAkey rogue-ca.key -CAcreateserial -days 2 -out rogue-client.crt
            touch passwd
            {string.Join("\n", users.Select(u => $"mosquitto_passwd -b passwd '{u.Key}' '{u.Value}'"))}
            chmod 755 .
            chmod 644 *
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
