using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PredictMaint.Platform.Influx;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Ingest.Tests;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task StartAsync_CreateDatabaseOff_DoesNotTryToCreateTheBucket()
    {
        // Nothing listens on this port: an attempt to create would retry until the token fires.
        var options = new InfluxClientOptions
        {
            Url = new Uri($"http://127.0.0.1:{FreePort.Next()}/"), ApiVersion = InfluxApiVersion.V2, Database = "pm", Organization = "pm", Bucket = "telemetry", Token = "t",
        };
        using var http = new HttpClient();
        var initializer = new DatabaseInitializer(
            new InfluxClient(http, options), Options.Create(new IngestOptions { CreateDatabase = false }), TimeProvider.System, NullLogger<DatabaseInitializer>.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await initializer.StartAsync(timeout.Token);
        Assert.False(timeout.IsCancellationRequested);
    }

    [Theory]
    [InlineData(InfluxApiVersion.V1)]
    [InlineData(InfluxApiVersion.V2)]
    public async Task StartAsync_ServerDown_KeepsRetryingUntilCancelled(InfluxApiVersion api)
    {
        var options = new InfluxClientOptions
        {
            Url = new Uri($"http://127.0.0.1:{FreePort.Next()}/"), ApiVersion = api, Database = "pm", Organization = "pm", Bucket = "telemetry", Token = "t",
        };
        using var http = new HttpClient();
        var initializer = new DatabaseInitializer(
            new InfluxClient(http, options), Options.Create(new IngestOptions()), TimeProvider.System, NullLogger<DatabaseInitializer>.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => initializer.StartAsync(timeout.Token));
    }
}
