using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Completeness;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>
/// Collects messages into batches (flushed by size or age), writes each batch to InfluxDB with
/// retries, and only then acknowledges its messages to the broker. A batch InfluxDB rejects as
/// malformed is retried message by message; the messages it still rejects are dead-lettered.
/// </summary>
public sealed partial class BatchWriter(
    ChannelReader<IngestItem> channel,
    InfluxClient influx,
    MqttClient client,
    DeadLetterPublisher deadLetters,
    SequenceTracker sequences,
    IngestStatus status,
    IOptions<IngestOptions> options,
    TimeProvider timeProvider,
    ILogger<BatchWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<IngestItem>();
        while (await channel.WaitToReadAsync(stoppingToken))
        {
            await FillAsync(batch, stoppingToken);
            await WriteWithRetryAsync(batch, stoppingToken);
            foreach (var item in batch)
            {
                sequences.Observe(item.Message.SiteId + "/" + item.Message.DeviceId, item.Message.Sequence);
                await item.Delivery.AcknowledgeAsync(stoppingToken);
            }

            batch.Clear();
        }
    }

    private async Task FillAsync(List<IngestItem> batch, CancellationToken stoppingToken)
    {
        var points = 0;
        var started = timeProvider.GetTimestamp();
        while (points < options.Value.BatchMaxPoints)
        {
            if (channel.TryRead(out var item))
            {
                batch.Add(item);
                points += item.Points.Count;
                continue;
            }

            var remaining = options.Value.BatchMaxAge - timeProvider.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
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
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task WriteWithRetryAsync(List<IngestItem> batch, CancellationToken stoppingToken)
    {
        try
        {
            await RetryAsync(() => influx.WriteAsync(batch.SelectMany(i => i.Points).ToArray(), WritePrecision.Nanoseconds, stoppingToken), stoppingToken);
            status.Written(batch.Count, batch.Sum(i => i.Points.Count));
        }
        catch (InfluxBadRequestException) when (batch.Count > 1)
        {
            // Find the message(s) InfluxDB refuses; write the rest.
            foreach (var item in batch)
            {
                await WriteSingleAsync(item, stoppingToken);
            }
        }
        catch (InfluxBadRequestException exception)
        {
            await deadLetters.PublishAsync(client, batch[0].Topic, batch[0].Payload, $"InfluxDB rejected the points: {exception.Message}", stoppingToken);
        }
    }

    private async Task WriteSingleAsync(IngestItem item, CancellationToken stoppingToken)
    {
        try
        {
            await RetryAsync(() => influx.WriteAsync(item.Points.ToArray(), WritePrecision.Nanoseconds, stoppingToken), stoppingToken);
            status.Written(1, item.Points.Count);
        }
        catch (InfluxBadRequestException exception)
        {
            await deadLetters.PublishAsync(client, item.Topic, item.Payload, $"InfluxDB rejected the points: {exception.Message}", stoppingToken);
        }
    }

    /// <summary>
    /// Retries everything but a malformed batch (400): the messages are not acknowledged yet, so
    /// waiting loses nothing. Capped exponential backoff with full jitter; honours Retry-After.
    /// </summary>
    private async Task RetryAsync(Func<Task> write, CancellationToken stoppingToken)
    {
        var delay = options.Value.RetryDelayMin;
        while (true)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception exception) when (exception is not InfluxBadRequestException && !stoppingToken.IsCancellationRequested)
            {
                var wait = exception is InfluxException { RetryAfter: { } after } ? after : delay * Random.Shared.NextDouble();
                status.Retried();
                LogWriteFailed(exception, wait);
                await Task.Delay(wait, timeProvider, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.RetryDelayMax.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "InfluxDB write failed; retrying in {Delay}")]
    private partial void LogWriteFailed(Exception exception, TimeSpan delay);
}
