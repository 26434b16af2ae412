using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using PredictMaint.Edge.Queue;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// Moves samples from the sensor loop into the disk queue, group-committing whatever has
/// accumulated (one write and one fsync per batch). Runs until the sampling loop completes the
/// channel, so samples taken before shutdown are still stored.
/// </summary>
public sealed class QueueWriterService(ChannelReader<byte[]> samples, DiskQueueLog queue) : BackgroundService
{
    private const int MaxBatch = 1_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ReadOnlyMemory<byte>>(MaxBatch);
        while (await samples.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && samples.TryRead(out var sample))
            {
                batch.Add(sample);
            }

            queue.Append(batch);
            batch.Clear();
        }
    }
}
