using System.Globalization;
using System.Text.Json;
using PredictMaint.Platform.Influx;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>Watches the pipeline from outside: samples stored in InfluxDB, predictor cycles.</summary>
internal sealed class PipelineProbe(HttpClient http, InfluxClient influx)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public async Task WaitForSamplesAsync(long expected, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        long stored;
        do
        {
            var series = await influx.QueryAsync("SELECT count(pressure_drop_kpa) FROM \"telemetry\"", cancellationToken);
            stored = series.Count > 0 && series[0].Rows.Count > 0 ? series[0].Rows[0].GetInt64("count") ?? 0 : 0;
            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  samples stored in InfluxDB: {stored:N0} / {expected:N0}   "));
            }
        }
        while (stored < expected && await timer.WaitForNextTickAsync(cancellationToken));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\r  samples stored in InfluxDB: {stored:N0} / {expected:N0}   "));
    }

    /// <summary>Waits for two more completed cycles: the second started after the data was complete.</summary>
    public async Task WaitForFreshScoringAsync(Uri predictorUrl, CancellationToken cancellationToken)
    {
        var start = await CyclesAsync(predictorUrl, cancellationToken);
        using var timer = new PeriodicTimer(PollInterval);
        while (await CyclesAsync(predictorUrl, cancellationToken) < start + 2)
        {
            await timer.WaitForNextTickAsync(cancellationToken);
        }

        Console.Error.WriteLine("  predictor has scored the complete data");
    }

    private async Task<long> CyclesAsync(Uri predictorUrl, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(predictorUrl, "status"), cancellationToken));
        return document.RootElement.GetProperty("cycles_completed").GetInt64();
    }
}
