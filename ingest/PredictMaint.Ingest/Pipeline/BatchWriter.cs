using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Completeness;
using PredictMaint.Ingest.Rollups;
using PredictMaint.Ingest.Writing;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>
/// Collects messages into batches (flushed by size or age), hands each batch to
/// <see cref="BatchStore"/>, and only then acknowledges its messages to the broker.
/// On shutdown it keeps going until the receiver has closed the channel and everything in it is
/// written and acknowledged, or until <see cref="IngestOptions.ShutdownFlushTimeout"/> passes (then
/// the rest stays unacknowledged and the broker redelivers it). It owns the MQTT client's lifetime
/// because acknowledgements must still go out after the receiver stopped.
/// </summary>
public sealed partial class BatchWriter(
    ChannelReader<IngestItem> channel,
    BatchStore store,
    MqttClient client,
    SequenceTracker sequences,
    IngestStatus status,
    IOptions<IngestOptions> options,
    TimeProvider timeProvider,
    ILogger<BatchWriter> logger,
    PendingRollups? rollups = null) : BackgroundService
{
    private readonly CancellationTokenSource _abandon = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<IngestItem>();
        var token = _abandon.Token;
        while (await channel.WaitToReadAsync(token))
        {
            await FillAsync(batch, stoppingToken, token);
            await store.WriteAsync(batch.ToArray(), token);
            foreach (var item in batch)
            {
                rollups?.Mark(item.Message);
                sequences.Observe(item.Message.SiteId + "/" + item.Message.DeviceId, item.Message.Sequence);
                await item.Delivery.AcknowledgeAsync(token);
            }

            status.Acknowledged(batch.Count);
            batch.Clear();
        }

        LogDrained();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(options.Value.ShutdownFlushTimeout, timeProvider);
        using var registration = deadline.Token.Register(_abandon.Cancel);
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            // Unacknowledged messages stay in the persistent session and are redelivered next time.
            await client.DisposeAsync();
            _abandon.Dispose();
        }
    }

    /// <summary>Adds messages until the batch is full, its age is up, the channel is closed, or shutdown begins.</summary>
    private async Task FillAsync(List<IngestItem> batch, CancellationToken stoppingToken, CancellationToken abandon)
    {
        var points = 0;
        var started = timeProvider.GetTimestamp();
        while (points < options.Value.BatchMaxPoints)
        {
            if (channel.TryRead(out var item))
            {
                batch.Add(item);
                points += item.PointCount;
                continue;
            }

            var remaining = options.Value.BatchMaxAge - timeProvider.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero || stoppingToken.IsCancellationRequested)
            {
                return;
            }

            using var age = new CancellationTokenSource(remaining, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(age.Token, stoppingToken);
            try
            {
                if (!await channel.WaitToReadAsync(linked.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!abandon.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel closed and drained; every written message is acknowledged")]
    private partial void LogDrained();
}
