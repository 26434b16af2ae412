using Microsoft.Extensions.Hosting;

namespace PredictMaint.Edge.Gpio;

/// <summary>Runs the edge-event consumers of <see cref="GpioInputs"/> for the agent's lifetime.</summary>
public sealed class GpioService(GpioInputs inputs) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await inputs.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
