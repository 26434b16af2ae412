using System.Text;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Writing;

/// <summary>
/// Writes a batch to InfluxDB through <see cref="WriteRetryPolicy"/>. When InfluxDB refuses part
/// of it (400, e.g. a field type conflict, or 413 too large), the batch is halved and each half
/// written again until the refused messages stand alone; those are dead-lettered with InfluxDB's
/// reason. InfluxDB 1.x stores the acceptable points of a refused write anyway, and writes are
/// idempotent, so writing good points twice is harmless. Cost: about k·log2(n) extra requests
/// for k bad messages among n, instead of n for a message-by-message fallback.
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
    /// <summary>Returns once every message of <paramref name="batch"/> is stored or dead-lettered.</summary>
    public async Task WriteAsync(ArraySegment<IngestItem> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var body = new StringBuilder(batch.Sum(i => i.Lines.Length));
        var points = 0;
        foreach (var item in batch)
        {
            body.Append(item.Lines);
            points += item.PointCount;
        }

        var lines = body.ToString();
        var started = timeProvider.GetTimestamp();
        try
        {
            await retry.ExecuteAsync(token => influx.WriteLinesAsync(lines, WritePrecision.Nanoseconds, token), cancellationToken);
            status.Written(batch.Count, points, timeProvider.GetElapsedTime(started));
        }
        catch (InfluxException exception) when (IsRefusal(exception) && batch.Count > 1)
        {
            status.Split();
            LogSplitting(batch.Count, exception.Message);
            var half = batch.Count / 2;
            await WriteAsync(batch[..half], cancellationToken);
            await WriteAsync(batch[half..], cancellationToken);
        }
        catch (InfluxException exception) when (IsRefusal(exception))
        {
            var item = batch[0];
            await deadLetters.PublishAsync(client, item.Topic, item.Payload, $"InfluxDB refused the points: {exception.Message}", cancellationToken);
        }
    }

    private static bool IsRefusal(InfluxException exception) =>
        exception is InfluxBadRequestException or InfluxRequestTooLargeException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "InfluxDB refused a batch of {Messages} messages; splitting it to isolate the bad ones: {Reason}")]
    private partial void LogSplitting(int messages, string reason);
}
