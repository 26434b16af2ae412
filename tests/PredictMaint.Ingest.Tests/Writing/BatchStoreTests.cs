using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Ingest.Tests.Fixtures;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Writing;

/// <summary>InfluxDB refusing part of a batch: the rest is stored, the refused messages dead-lettered with its reason.</summary>
public sealed class BatchStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private IngestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task WriteAsync_FieldTypeConflictInBatch_StoresGoodMessagesAndDeadLettersBadOnes()
    {
        // pump_current_a becomes a string field in this shard, so float values for it are refused.
        await _harness.Query.CreateDatabaseAsync();
        await _harness.Query.WriteLinesAsync("telemetry,device=other,model=aqua-400,site=site-1 pump_current_a=\"broken\" 1767571200000000000", Platform.Influx.WritePrecision.Nanoseconds);
        var app = await _harness.StartIngestAsync("ingest-split", "--Ingest:BatchMaxPoints=30", "--Ingest:BatchMaxAge=00:00:30");
        var (watcher, deadLetters) = await _harness.WatchDeadLettersAsync();
        await using var _ = watcher;

        await using var device = await _harness.ConnectAsync("device-p");
        for (var seq = 1; seq <= 10; seq++)
        {
            await IngestHarness.PublishAsync(device, "dev-p", seq, pumpCurrentAmps: seq is 4 or 7 ? 1.5 : null);
        }

        using var cancel = new CancellationTokenSource(Timeout);
        var letters = new[] { await deadLetters.ReadAsync(cancel.Token), await deadLetters.ReadAsync(cancel.Token) };
        Assert.All(letters, l => Assert.Contains("field type conflict", l.Reason, StringComparison.Ordinal));
        await Eventually.WaitAsync(() => _harness.CountAsync("dev-p"), n => n == 24, Timeout, "the 8 good messages (24 points) of dev-p");
        var status = app.Services.GetRequiredService<IngestStatus>();
        Assert.True(status.BatchSplits >= 2, $"splits: {status.BatchSplits}");
        Assert.Equal(2, status.DeadLetters);
        await Eventually.WaitAsync(() => Task.FromResult(status.MessagesInFlight), n => n == 0, Timeout, "every message acknowledged");
    }
}
