using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ingest.Tests.Fixtures;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Metrics;

public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new();
    private IngestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestHarness.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _harness.DisposeAsync();
    }

    [Fact]
    public async Task Metrics_AfterTrafficWithAGap_ReportsCountersHistogramAndDeviceGap()
    {
        var app = await _harness.StartIngestAsync("ingest-metrics");
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await using var device = await _harness.ConnectAsync("device-m");
        foreach (var seq in new[] { 1, 2, 5 })
        {
            await IngestHarness.PublishAsync(device, "dev-m", seq);
        }

        var metrics = await Eventually.WaitAsync(
            () => _http.GetStringAsync(new Uri(address, "/metrics")),
            text => text.Contains("pm_ingest_points_written_total 9\n", StringComparison.Ordinal) && text.Contains("pm_ingest_messages_in_flight 0\n", StringComparison.Ordinal),
            Timeout,
            "9 points written and nothing in flight");

        Assert.Contains("# TYPE pm_ingest_messages_received_total counter\npm_ingest_messages_received_total 3\n", metrics, StringComparison.Ordinal);
        Assert.Contains("pm_ingest_device_missing_messages_total{site=\"site-1\",device=\"dev-m\"} 2\n", metrics, StringComparison.Ordinal);
        Assert.Contains("pm_ingest_sequence_gaps_total 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("pm_ingest_batch_write_seconds_bucket{le=\"+Inf\"} ", metrics, StringComparison.Ordinal);
        Assert.Matches(@"pm_ingest_batch_write_seconds_count [1-3]\n", metrics);
        Assert.Contains("pm_ingest_broker_connected 1\n", metrics, StringComparison.Ordinal);
    }
}
