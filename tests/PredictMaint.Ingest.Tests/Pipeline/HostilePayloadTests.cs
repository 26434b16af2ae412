using FsCheck.Fluent;
using PredictMaint.Ingest.Tests.Fixtures;
using PredictMaint.Ingest.Tests.Validation;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Pipeline;

/// <summary>Generated hostile payloads through the real broker: each dead-lettered with a reason, and ingest keeps consuming.</summary>
public sealed class HostilePayloadTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private IngestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Ingest_GeneratedHostilePayloads_AllDeadLetteredAndConsumerKeepsGoing()
    {
        await _harness.StartIngestAsync();
        var (watcher, deadLetters) = await _harness.WatchDeadLettersAsync();
        await using var _ = watcher;
        var hostile = HostilePayloads.Any.Sample(30, 30);

        await using var device = await _harness.ConnectAsync("device-h");
        var topic = Topics.For(HostilePayloads.Site, HostilePayloads.Device, Topics.Telemetry);
        foreach (var payload in hostile)
        {
            await device.PublishAsync(new MqttApplicationMessage(topic, payload, MqttQualityOfService.AtLeastOnce));
        }

        await IngestHarness.PublishAsync(device, HostilePayloads.Device, 1);

        using var cancel = new CancellationTokenSource(Timeout);
        for (var i = 0; i < hostile.Length; i++)
        {
            var letter = await deadLetters.ReadAsync(cancel.Token);
            Assert.False(string.IsNullOrWhiteSpace(letter.Reason));
            Assert.Equal(topic, letter.Topic);
        }

        await Eventually.WaitAsync(() => _harness.CountAsync(HostilePayloads.Device), n => n == 3, Timeout, "the valid message after the hostile ones");
        Assert.False(deadLetters.TryRead(out var extra), $"unexpected dead letter: {extra?.Reason}");
    }
}
