namespace PredictMaint.Testing.Servers;

/// <summary>A real InfluxDB 1.x (<c>influxd</c>) on 127.0.0.1 with all data in a temp folder.</summary>
public sealed class InfluxServer : ScriptedServer
{
    public InfluxServer()
        : base("influxdb.sh", "influxdb")
    {
    }

    /// <summary>The backup/restore RPC port must not collide with another test's server either.</summary>
    protected override IReadOnlyDictionary<string, string> ScriptEnvironment { get; } =
        new Dictionary<string, string> { ["INFLUX_RPC_PORT"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public static async Task<InfluxServer> StartNewAsync()
    {
        var server = new InfluxServer();
        await server.StartAsync();
        return server;
    }
}
