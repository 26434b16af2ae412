using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PredictMaint.Edge.Queue;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// Moves samples from the sensor loop into the disk queue, group-committing whatever has
/// accumulated (one write and one fsync per batch). With <see cref="DiskQueueOptions.CommitInterval"/>
/// a batch collects for that long after its first sample: at 10 Hz and 1 s that is one fsync
/// and one wake-up of this loop per second instead of ten, for at most that long of samples lost
/// on a power cut (samples not yet stored; nothing stored is lost). Runs until the sampling loop
/// completes the channel, so samples taken before shutdown are still stored.
/// </summary>
public sealed class QueueWriterService(ChannelReader<byte[]> samples, DiskQueueLog queue, IOptions<DiskQueueOptions> options, TimeProvider timeProvider)
    : BackgroundService
{
    private const int MaxBatch = 1_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ReadOnlyMemory<byte>>(MaxBatch);
        var interval = options.Value.CommitInterval;
        while (await samples.WaitToReadAsync(CancellationToken.None))
        {
            if (interval > TimeSpan.Zero && !stoppingToken.IsCancellationRequested)
            {
                // Stopping cuts the wait short: the sampling loop has stopped, store what there is.
                await Task.Delay(interval, timeProvider, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            while (batch.Count < MaxBatch && samples.TryRead(out var sample))
            {
                batch.Add(sample);
            }

            queue.Append(batch);
            batch.Clear();
        }
    }
}
