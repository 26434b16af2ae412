using Microsoft.Extensions.Hosting;
using PredictMaint.Edge.Uplink;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// Runs the poller every <see cref="ModbusPoller.TickInterval"/> on its own schedule (independent
/// of the sample interval; sampling takes each register's latest value) and reports per-register
/// errors into the status.
/// </summary>
public sealed class ModbusPollingService(ModbusSource source, EdgeStatusTracker status, TimeProvider timeProvider) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!source.Enabled)
        {
            return;
        }

        var poller = source.Poller;
        using var timer = new PeriodicTimer(poller.TickInterval, timeProvider);
        try
        {
            do
            {
                poller.PollDue();
                status.SetSensorErrors(poller.Errors());
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
