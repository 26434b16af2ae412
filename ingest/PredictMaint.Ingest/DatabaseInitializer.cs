using Microsoft.Extensions.Options;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest;

/// <summary>
/// Creates the InfluxDB 1.x database at start (idempotent), retrying until the server answers. With
/// the v2 API (<c>Influx:ApiVersion=V2</c>) or <c>Ingest:CreateDatabase=false</c> it does nothing:
/// InfluxQL cannot create v2 buckets, so the bucket must exist (created with the influx CLI).
/// </summary>
public sealed partial class DatabaseInitializer(
    InfluxClient influx,
    IOptions<InfluxClientOptions> influxOptions,
    IOptions<IngestOptions> options,
    TimeProvider timeProvider,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (influxOptions.Value.ApiVersion == InfluxApiVersion.V2 || !options.Value.CreateDatabase)
        {
            LogNotCreating(influxOptions.Value.ApiVersion);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Not creating the database (API {ApiVersion}); it must exist")]
    private partial void LogNotCreating(InfluxApiVersion apiVersion);
}
