using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Writing;

/// <summary>
/// Writes a batch to InfluxDB through <see cref="WriteRetryPolicy"/>: its messages are rendered
/// once, one after the other, into a pooled UTF-8 buffer that is sent as it is. When InfluxDB
/// refuses part of it (400, e.g. a field type conflict, or 413 too large), the batch is halved and
/// each half (a slice of the same buffer) written again until the refused messages stand alone;
/// those are dead-lettered with InfluxDB's reason. InfluxDB 1.x stores the acceptable points of a
/// refused write anyway, and writes are idempotent, so writing good points twice is harmless.
/// Cost: about k·log2(n) extra requests for k bad messages among n, instead of n for a
/// message-by-message fallback.
/// </summary>
public sealed partial class BatchStore(
    InfluxClient influx,
    WriteRetryPolicy retry,
    MqttClient client,
    DeadLetterPublisher deadLetters,
    IngestStatus status,
    TimeProvider timeProvider,
    ILogger<BatchStore> logger)
{
    // Typical rendered size of a telemetry point; the buffer grows when a batch needs more.
    private const int BytesPerPointEstimate = 256;

    /// <summary>Returns once every message of <paramref name="batch"/> is stored or dead-lettered.</summary>
    public async Task WriteAsync(IReadOnlyList<IngestItem> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        using var body = new PooledBatchBuffer(batch.Sum(i => i.Message.Samples.Count) * BytesPerPointEstimate);
        var starts = new int[batch.Count + 1]; // message i is bytes starts[i]..starts[i + 1]
        for (var i = 0; i < batch.Count; i++)
        {
            starts[i] = body.Length;
            TelemetryLines.Append(body, batch[i].Message);
        }

        starts[batch.Count] = body.Length;
        await WriteRangeAsync(batch, starts, body.WrittenMemory, 0, batch.Count, cancellationToken);
    }

    private async Task WriteRangeAsync(IReadOnlyList<IngestItem> batch, int[] starts, ReadOnlyMemory<byte> body, int first, int end, CancellationToken cancellationToken)
    {
        var lines = body[starts[first]..starts[end]];
        var started = timeProvider.GetTimestamp();
        try
        {
            await retry.ExecuteAsync(token => influx.WriteLinesAsync(lines, WritePrecision.Nanoseconds, token), cancellationToken);
            var points = 0;
            for (var i = first; i < end; i++)
            {
                points += batch[i].Message.Samples.Count;
            }

            status.Written(end - first, points, timeProvider.GetElapsedTime(started));
        }
        catch (InfluxException exception) when (IsRefusal(exception) && end - first > 1)
        {
            status.Split();
            LogSplitting(end - first, exception.Message);
            var half = first + ((end - first) / 2);
            await WriteRangeAsync(batch, starts, body, first, half, cancellationToken);
            await WriteRangeAsync(batch, starts, body, half, end, cancellationToken);
        }
        catch (InfluxException exception) when (IsRefusal(exception))
        {
            var item = batch[first];
            await deadLetters.PublishAsync(client, item.Topic, item.Payload, $"InfluxDB refused the points: {exception.Message}", cancellationToken);
        }
    }

    private static bool IsRefusal(InfluxException exception) =>
        exception is InfluxBadRequestException or InfluxRequestTooLargeException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "InfluxDB refused a batch of {Messages} messages; splitting it to isolate the bad ones: {Reason}")]
    private partial void LogSplitting(int messages, string reason);
}
