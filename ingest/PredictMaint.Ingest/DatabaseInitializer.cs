using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest;

/// <summary>Creates the InfluxDB database at start (idempotent), retrying until the server answers.</summary>
public sealed partial class DatabaseInitializer(InfluxClient influx, TimeProvider timeProvider, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                await influx.CreateDatabaseAsync(cancellationToken);
                return;
            }
            catch (InfluxException exception) when (exception.IsRetryable)
            {
                LogNotReady(exception, delay);
                await Task.Delay(delay, timeProvider, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "InfluxDB not ready; retrying in {Delay}")]
    private partial void LogNotReady(Exception exception, TimeSpan delay);
}
