namespace PredictMaint.Testing.Servers;

/// <summary>
/// A real PostgreSQL (Debian's postgresql) on 127.0.0.1 with its cluster in a temp folder,
/// started through <c>scripts/services/postgres.sh</c>. Trust authentication on loopback.
/// </summary>
public sealed class PostgresServer : ScriptedServer
{
    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(StartSharedAsync);

    public PostgresServer()
        : base("postgres.sh", "postgres")
    {
    }

    /// <summary>A connection string for <paramref name="database"/> (created by the client, e.g. EF's EnsureCreated).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=100;Timeout=30;Command Timeout=60";

    /// <summary>
    /// One server for the whole test run (starting a cluster costs seconds); tests isolate
    /// themselves with a database each. The test assembly stops it with <see cref="StopSharedAsync"/>
    /// from a collection fixture that outlives every test using it.
    /// </summary>
    public static Task<PostgresServer> SharedAsync() => SharedServer.Value;

    public static async Task StopSharedAsync()
    {
        if (SharedServer.IsValueCreated)
        {
            await (await SharedServer.Value).DisposeAsync();
        }
    }

    public static async Task<PostgresServer> StartNewAsync()
    {
        var server = new PostgresServer();
        await server.StartAsync();
        return server;
    }

    private static Task<PostgresServer> StartSharedAsync() => StartNewAsync();
}
