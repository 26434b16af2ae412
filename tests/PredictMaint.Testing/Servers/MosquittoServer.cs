namespace PredictMaint.Testing.Servers;

/// <summary>A real Mosquitto broker on 127.0.0.1 (persistence on, so restarts keep sessions).</summary>
public sealed class MosquittoServer : ScriptedServer
{
    private readonly string? _extraConfig;
    private string? _securedBy;

    /// <param name="extraConfig">Lines appended to the generated config instead of <c>allow_anonymous true</c>.</param>
    public MosquittoServer(string? extraConfig = null)
        : base("mosquitto.sh", "mosquitto")
    {
        if (extraConfig is not null)
        {
            _extraConfig = Path.Combine(DataDirectory, "extra.conf");
            File.WriteAllText(_extraConfig, extraConfig);
        }
    }

    public static string Host => "127.0.0.1";

    public string LogFile => Path.Combine(DataDirectory, "mosquitto.log");

    protected override IEnumerable<string> ExtraStartArguments =>
        _securedBy is not null ? ["--secure", _securedBy] : _extraConfig is null ? [] : [_extraConfig];

    public static async Task<MosquittoServer> StartNewAsync(string? extraConfig = null)
    {
        var server = new MosquittoServer(extraConfig);
        await server.StartAsync();
        return server;
    }

    /// <summary>
    /// The secured broker of <c>./pm services up</c> (<c>mosquitto.sh --secure</c>), not started yet: TLS only,
    /// no anonymous clients, the password file and ACL of <paramref name="pkiDirectory"/> (scripts/pki.sh,
    /// scripts/mqtt-accounts.sh). Its <see cref="ScriptedServer.Port"/> is known before the start.
    /// </summary>
    public static MosquittoServer Secured(string pkiDirectory) => new() { _securedBy = pkiDirectory };
}
