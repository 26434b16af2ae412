using Microsoft.Extensions.Options;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest;

/// <summary>
/// Creates the InfluxDB 1.x database, or with <c>Influx:ApiVersion=V2</c> the bucket and its DBRP mapping, at
/// start (idempotent), retrying until the server answers. With <c>Ingest:CreateDatabase=false</c> it does
/// nothing (the token or user may not be allowed to create them): then they must exist.
/// </summary>
public sealed partial class DatabaseInitializer(
    InfluxClient influx,
    IOptions<IngestOptions> options,
    TimeProvider timeProvider,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CreateDatabase)
        {
            LogNotCreating();
            return;
        }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Not creating the database or bucket (Ingest:CreateDatabase=false); it must exist")]
    private partial void LogNotCreating();
}
