using PredictMaint.Platform.Influx;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Influx;

/// <summary>One real influxd for every test class in <see cref="InfluxServerGroup"/>; each test gets its own database.</summary>
public sealed class InfluxServerFixture : IAsyncLifetime
{
    private InfluxServer? _server;

    public HttpClient HttpClient { get; } = new();

    public InfluxServer Server => _server ?? throw new InvalidOperationException("The fixture has not started yet.");

    public async Task InitializeAsync() => _server = await InfluxServer.StartNewAsync();

    public async Task DisposeAsync()
    {
        HttpClient.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public InfluxClientOptions Options(string database) => new() { Url = Server.Url, Database = database };

    /// <summary>A client on a fresh, uniquely named database.</summary>
    public async Task<InfluxClient> CreateClientWithDatabaseAsync(bool gzip = false)
    {
        var options = Options($"test_{Guid.NewGuid():N}");
        options.Gzip = gzip;
        var client = new InfluxClient(HttpClient, options);
        await client.CreateDatabaseAsync();
        return client;
    }
}
