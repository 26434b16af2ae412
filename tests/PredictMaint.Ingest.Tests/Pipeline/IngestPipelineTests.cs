using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Ingest.Tests.Fixtures;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Pipeline;

/// <summary>Ingest against a real Mosquitto and a real InfluxDB.</summary>
public sealed class IngestPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private IngestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Ingest_ValidAndInvalidMessages_StoresValidAndDeadLettersInvalid()
    {
        await _harness.StartIngestAsync();
        var (watcher, deadLetters) = await _harness.WatchDeadLettersAsync();
        await using var _ = watcher;

        await using var device = await _harness.ConnectAsync("device-a");
        for (var seq = 1; seq <= 20; seq++)
        {
            await IngestHarness.PublishAsync(device, "dev-a", seq);
        }

        await device.PublishAsync(new MqttApplicationMessage(Topics.For("site-1", "dev-a", Topics.Telemetry), Encoding.UTF8.GetBytes("{broken"), MqttQualityOfService.AtLeastOnce));
        await device.PublishAsync(new MqttApplicationMessage(Topics.For("site-1", "dev-a", Topics.Telemetry), IngestHarness.Message("dev-b", 1), MqttQualityOfService.AtLeastOnce));

        await Eventually.WaitAsync(() => _harness.CountAsync("dev-a"), n => n == 60, Timeout, "60 points of dev-a in InfluxDB");
        using var cancel = new CancellationTokenSource(Timeout);
        var first = await deadLetters.ReadAsync(cancel.Token);
        var second = await deadLetters.ReadAsync(cancel.Token);
        Assert.Contains("malformed JSON", first.Reason, StringComparison.Ordinal);
        Assert.Equal("{broken", Encoding.UTF8.GetString(Convert.FromBase64String(first.PayloadBase64)));
        Assert.Contains("dev-b", second.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await _harness.CountAsync("dev-b"));
    }

    [Fact]
    public async Task Ingest_InfluxDownThenUp_LosesNothing()
    {
        var app = await _harness.StartIngestAsync();
        await _harness.Influx.StopAsync();
        await using var device = await _harness.ConnectAsync("device-c");
        for (var seq = 1; seq <= 10; seq++)
        {
            await IngestHarness.PublishAsync(device, "dev-c", seq);
        }

        var status = app.Services.GetRequiredService<IngestStatus>();
        await Eventually.WaitAsync(() => Task.FromResult(status.WriteRetries), n => n > 0, Timeout, "ingest retrying the write");
        Assert.Equal(0, status.MessagesWritten);

        await _harness.Influx.StartAsync();
        await Eventually.WaitAsync(() => _harness.CountAsync("dev-c"), n => n == 30, Timeout, "30 points of dev-c after InfluxDB came back");
        Assert.Equal(0, status.SequenceGaps);
    }
}
