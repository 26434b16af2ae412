using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Ingest.Tests.Fixtures;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Pipeline;

/// <summary>A graceful stop writes the batch being collected and acknowledges it, so nothing is redelivered.</summary>
public sealed class ShutdownTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private IngestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task StopAsync_BatchStillCollecting_FlushesAndAcknowledges()
    {
        // The batch would wait a minute for more points; only the stop can flush it.
        string[] slowBatches = ["--Ingest:BatchMaxAge=00:01:00", "--Ingest:BatchMaxPoints=100000"];
        var first = await _harness.StartIngestAsync("ingest-stop", slowBatches);
        var status = first.Services.GetRequiredService<IngestStatus>();
        await using var device = await _harness.ConnectAsync("device-s");
        for (var seq = 1; seq <= 5; seq++)
        {
            await IngestHarness.PublishAsync(device, "dev-s", seq);
        }

        await Eventually.WaitAsync(() => Task.FromResult(status.MessagesInFlight), n => n == 5, Timeout, "5 messages waiting in the batch");
        Assert.Equal(0, await _harness.CountAsync("dev-s"));

        await first.StopAsync();
        Assert.Equal(15, await _harness.CountAsync("dev-s"));
        Assert.Equal(5, status.MessagesAcknowledged);

        // Same client id, same persistent session: unacknowledged messages would come back before the marker.
        var second = await _harness.StartIngestAsync("ingest-stop", "--Ingest:BatchMaxAge=00:00:00.050");
        var secondStatus = second.Services.GetRequiredService<IngestStatus>();
        await IngestHarness.PublishAsync(device, "dev-s", 6);
        await Eventually.WaitAsync(() => _harness.CountAsync("dev-s"), n => n == 18, Timeout, "the marker message written");
        Assert.Equal(1, secondStatus.MessagesReceived);
    }
}
