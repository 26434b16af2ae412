using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Completeness;
using PredictMaint.Ingest.Rollups;
using PredictMaint.Ingest.Writing;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>
/// Collects messages into batches (flushed by size or age) and hands each to
/// <see cref="BatchStore"/>; up to <see cref="IngestOptions.MaxConcurrentWrites"/> batches are written
/// at once, so the next batch is rendered and sent while InfluxDB still works on the previous one.
/// A second loop acknowledges the batches to the broker strictly in the order they were formed, each
/// only after its own write succeeded (and every earlier batch's too), so a message is never
/// acknowledged before its points are stored and PUBACKs keep the order the messages came in.
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
        var concurrency = options.Value.MaxConcurrentWrites;
        using var slots = new SemaphoreSlim(concurrency, concurrency);
        var written = Channel.CreateBounded<(List<IngestItem> Batch, Task Write)>(new BoundedChannelOptions(concurrency) { SingleReader = true, SingleWriter = true });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(_abandon.Token);
        var acknowledging = AcknowledgeAsync(written.Reader, failed);
        try
        {
            var token = failed.Token;
            while (await channel.WaitToReadAsync(token))
            {
                var batch = new List<IngestItem>();
                await FillAsync(batch, stoppingToken, token);
                await slots.WaitAsync(token);
                await written.Writer.WriteAsync((batch, WriteAsync(batch, slots, token)), token);
            }
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested && !_abandon.IsCancellationRequested)
        {
            // The acknowledging loop failed; its exception is the one to report (awaited below).
        }
        finally
        {
            // Whatever happened, let the acknowledging loop and the writes still running finish before
            // the tokens and slots they use are disposed; their outcome is reported below.
            written.Writer.TryComplete();
            await acknowledging.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (written.Reader.TryRead(out var abandoned))
            {
                await abandoned.Write.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        await acknowledging;
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

    private async Task WriteAsync(List<IngestItem> batch, SemaphoreSlim slots, CancellationToken token)
    {
        try
        {
            await store.WriteAsync(batch, token);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Waits for each batch's write in the order the batches were formed, then acknowledges its messages.</summary>
    private async Task AcknowledgeAsync(ChannelReader<(List<IngestItem> Batch, Task Write)> written, CancellationTokenSource failed)
    {
        try
        {
            var token = _abandon.Token;
            await foreach (var (batch, write) in written.ReadAllAsync(token))
            {
                await write;
                foreach (var item in batch)
                {
                    rollups?.Mark(item.Message);
                }

                // The batch's rollup marks reach the journal's file before any of its messages is acknowledged.
                rollups?.FlushJournal();
                foreach (var item in batch)
                {
                    sequences.Observe(item.Message.SiteId + "/" + item.Message.DeviceId, item.Message.Sequence);
                    await item.Delivery.AcknowledgeAsync(token);
                }

                status.Acknowledged(batch.Count);
            }
        }
        catch
        {
            // Stop forming batches: nothing after a failed write may be acknowledged ahead of it.
            await failed.CancelAsync();
            throw;
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
                points += item.Message.Samples.Count;
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
