using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using PredictMaint.Edge.Gpio;
using PredictMaint.Edge.Uplink;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// The sensor loop: every sample interval (re-read from <see cref="RuntimeSettingsStore"/>, so a
/// remote configuration takes effect at the next tick) reads all channels and hands the sample
/// to <see cref="QueueWriterService"/> through a bounded channel.
/// </summary>
public sealed class SamplingService(
    SampleReader reader, GpioInputs gpio, ChannelWriter<byte[]> samples, RuntimeSettingsStore settings, EdgeStatusTracker status, TimeProvider timeProvider)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reportedHealth = 0L;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var interval = settings.Current.SampleInterval;
                using var timer = new PeriodicTimer(interval, timeProvider);
                while (settings.Current.SampleInterval == interval && await timer.WaitForNextTickAsync(stoppingToken))
                {
                    await samples.WriteAsync(reader.ReadSample(), stoppingToken);
                    if (reader.HealthVersion != reportedHealth)
                    {
                        status.SetSensorHealth(reader.Health);
                        reportedHealth = reader.HealthVersion;
                    }

                    foreach (var (name, input) in gpio.Switches)
                    {
                        if (input.TryReadState(out var high))
                        {
                            status.SetInput(name, high);
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            samples.TryComplete();
        }
    }
}
