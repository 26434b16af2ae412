using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Predictor.Tests.Scoring.Fixtures;

namespace PredictMaint.Predictor.Tests.Metrics;

/// <summary><c>GET /metrics</c> of a running predictor, scraped before and after it scored real data.</summary>
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private ScoringPipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await ScoringPipeline.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _pipeline.DisposeAsync();
    }

    [Fact]
    public async Task Metrics_AfterScoringADegradingFilter_CountersMove()
    {
        var predictor = await _pipeline.StartPredictorAsync("metrics-predictor", "--Predictor:Partitions=3", "--Predictor:Partition=0");
        var metrics = new Uri(Address(predictor), "metrics");
        var before = await _http.GetStringAsync(metrics);
        Assert.Contains("# TYPE pm_predictor_cycles_total counter\n", before, StringComparison.Ordinal);
        Assert.Contains("# TYPE pm_predictor_cycle_duration_seconds histogram\n", before, StringComparison.Ordinal);
        Assert.Contains("pm_predictor_partition_info{partition=\"0\",partitions=\"3\"} 1\n", before, StringComparison.Ordinal);
        Assert.Equal(0, Value(before, "pm_predictor_devices_scored_total"));
        Assert.Equal(0, Value(before, "pm_predictor_predictions_sent_total{kind=\"new\"}"));

        // A device of partition 0 of 3 whose filter clogs 12 kPa/day towards the 100 kPa limit.
        var deviceId = Enumerable.Range(0, 100).Select(i => $"metrics-{i}").First(id => DevicePartition.Of("site-1", id, 3) == 0);
        await using var device = await _pipeline.ConnectAsync("metrics-device");
        var published = await HandMadeTelemetry.PublishAsync(device, deviceId, 0, 96, HandMadeTelemetry.Noisy(h => 40 + (h / 2), 1), 1, 11);
        await _pipeline.WaitForSamplesAsync(published);
        await ScoringPipeline.WaitForFreshCyclesAsync(predictor);

        var after = await _http.GetStringAsync(metrics);
        Assert.True(Value(after, "pm_predictor_cycles_total") >= 2, after);
        Assert.True(Value(after, "pm_predictor_devices_scored_total") >= 1, after);
        Assert.True(Value(after, "pm_predictor_evaluations_total") >= 48, after);
        Assert.True(Value(after, "pm_predictor_predictions_sent_total{kind=\"new\"}") >= 1, after);
        Assert.Equal(1, Value(after, "pm_predictor_devices_owned"));
        Assert.Equal(0, Value(after, "pm_predictor_influx_read_errors_total"));
        Assert.Equal(0, Value(after, "pm_predictor_ticketing_errors_total"));
        Assert.True(Value(after, "pm_predictor_cycle_duration_seconds_count") >= 2, after);
        Assert.InRange(
            Value(after, "pm_predictor_last_cycle_timestamp_seconds"),
            DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
    }

    private static double Value(string metrics, string sample)
    {
        var match = Regex.Match(metrics, "^" + Regex.Escape(sample) + " (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"{sample} not in:\n{metrics}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
}
