using Microsoft.Extensions.Logging;
using PredictMaint.Edge.Queue;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Edge.Uplink;

/// <summary>
/// Drains the disk queue in order into QoS 1 telemetry messages: a message is cut when it holds
/// <see cref="RuntimeSettings.MaxSamplesPerMessage"/> samples or its first sample has waited
/// <see cref="RuntimeSettings.MaxBatchAge"/>. Up to <c>maxInFlight</c> messages await PUBACK at
/// once; records and the next sequence number are committed to the queue only as PUBACKs arrive,
/// in order. After a failed publish everything unacknowledged is rebuilt from the queue and resent
/// with the same sequence numbers, so the broker sees duplicates at worst, never gaps.
/// </summary>
internal sealed class TelemetryDrainer(
    DiskQueueLog queue, RuntimeSettingsStore settings, EdgeStatusTracker status, string topic,
    Func<IReadOnlyList<QueueRecord>, long, byte[]> encode, int maxInFlight, TimeProvider timeProvider, ILogger logger)
{
    private readonly Queue<(Task Publish, long LastId, long NextSequence)> _inFlight = new();

    public async Task RunAsync(MqttClient client, CancellationToken cancellationToken)
    {
        var sentId = queue.AcknowledgedId;
        var nextSequence = queue.NextMessageSequence;
        long? partialSince = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                CommitCompleted();
                var current = settings.Current;
                var batch = queue.ReadBatch(sentId, current.MaxSamplesPerMessage);
                var age = partialSince is { } since ? timeProvider.GetElapsedTime(since) : TimeSpan.Zero;
                if (batch.Count == 0 || (batch.Count < current.MaxSamplesPerMessage && age < current.MaxBatchAge))
                {
                    partialSince ??= batch.Count > 0 ? timeProvider.GetTimestamp() : null;
                    // A partial batch waits until it is full or old enough, not for every new record
                    // (at 10 Hz that re-read the batch ten times a second).
                    var lastSeen = batch.Count > 0 ? batch[0].Id + current.MaxSamplesPerMessage - 2 : Math.Max(sentId, queue.AcknowledgedId);
                    await WaitForWorkAsync(lastSeen, batch.Count > 0 ? current.MaxBatchAge - age : Timeout.InfiniteTimeSpan, cancellationToken);
                    continue;
                }

                partialSince = null;
                var payload = encode(batch, nextSequence);
                var publish = client.PublishAsync(new MqttApplicationMessage(topic, payload, MqttQualityOfService.AtLeastOnce), cancellationToken);
                _inFlight.Enqueue((publish, batch[^1].Id, ++nextSequence));
                sentId = batch[^1].Id;
                if (_inFlight.Count >= maxInFlight)
                {
                    await _inFlight.Peek().Publish.WaitAsync(cancellationToken);
                }
            }
            catch (Exception ex) when (ex is MqttCommunicationException or TimeoutException or IOException)
            {
                UplinkLog.PublishFailed(logger, queue.AcknowledgedId + 1, ex);
                await AbandonInFlightAsync();
                (sentId, nextSequence, partialSince) = (queue.AcknowledgedId, queue.NextMessageSequence, null);
                await Task.Delay(TimeSpan.FromMilliseconds(200), timeProvider, cancellationToken);
            }
        }
    }

    /// <summary>Commits the head of the in-flight line up to the first unfinished publish; throws its failure.</summary>
    private void CommitCompleted()
    {
        (long LastId, long NextSequence)? commit = null;
        try
        {
            while (_inFlight.Count > 0 && _inFlight.Peek().Publish.IsCompleted)
            {
                var head = _inFlight.Peek();
                head.Publish.GetAwaiter().GetResult();
                _inFlight.Dequeue();
                commit = (head.LastId, head.NextSequence);
            }
        }
        finally
        {
            // One cursor write for every PUBACK that arrived meanwhile, even when a later publish failed.
            if (commit is { } c)
            {
                queue.Acknowledge(c.LastId, c.NextSequence);
                status.PublishSucceeded();
            }
        }
    }

    private async Task WaitForWorkAsync(long afterId, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var waits = new List<Task> { queue.WaitForRecordsAsync(afterId, linked.Token) };
        if (maxWait != Timeout.InfiniteTimeSpan)
        {
            waits.Add(Task.Delay(maxWait > TimeSpan.Zero ? maxWait : TimeSpan.Zero, timeProvider, linked.Token));
        }

        if (_inFlight.Count > 0)
        {
            waits.Add(_inFlight.Peek().Publish);
        }

        await Task.WhenAny(waits);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task AbandonInFlightAsync()
    {
        while (_inFlight.TryDequeue(out var entry))
        {
            try
            {
                await entry.Publish;
            }
            catch (Exception ex) when (ex is MqttCommunicationException or TimeoutException or IOException or OperationCanceledException)
            {
                // Resent from the queue.
            }
        }
    }
}
