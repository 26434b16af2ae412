using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Predictor.Tests.Scoring.Fixtures;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Predictor.Tests.Scoring;

/// <summary>
/// The scoring service on data that went through the real ingest into a real InfluxDB, with its
/// predictions landing in the real ticketing service.
/// </summary>
public sealed class ScoringServiceTests : IAsyncLifetime
{
    private const double Days = 4;
    private ScoringPipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await ScoringPipeline.StartAsync();

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task RunCycle_DegradingHealthyStuckAndWornDevices_TicketsTheFilterAndBearingAndRetractsAfterReplacement()
    {
        await using var device = await _pipeline.ConnectAsync("scoring-devices");
        // Clogging 12 kPa/day from 40 kPa: 88 kPa after four days, the 100 kPa limit one day later.
        var published = await HandMadeTelemetry.PublishAsync(device, "degrading", 0, Days * 24, HandMadeTelemetry.Noisy(h => 40 + (h / 2), 1), 1, 11);
        published += await HandMadeTelemetry.PublishAsync(device, "healthy", 0, Days * 24, HandMadeTelemetry.Noisy(_ => 30, 2), 1, 12);
        // A frozen gauge above the limit would read as a dead filter if the quality gate let it through.
        published += await HandMadeTelemetry.PublishAsync(device, "stuck", 0, Days * 24, _ => 120, 1, 13);
        // A spalling bearing: RMS doubles every 40 h from hour 40, crossing 4.5 mm/s at hour 107.
        published += await HandMadeTelemetry.PublishAsync(
            device, "worn", 0, Days * 24, HandMadeTelemetry.Noisy(_ => 30, 4), 1, 15, h => h < 40 ? 1.4 : 1.4 * Math.Pow(2, (h - 40) / 40));
        await _pipeline.WaitForSamplesAsync(published);
        // Scored once the history is complete, rollups included: a bulk-loaded backlog scored while
        // ingest is still rolling it up is judged on the hours present (see predictor/README).
        await _pipeline.WaitForHourlyRollupsAsync("worn", (long)(Days * 24));
        // Three devices per query: the four devices come in two chunks, as a large fleet would.
        var predictor = await _pipeline.StartPredictorAsync("scoring-predictor", "--Predictor:DevicesPerQuery=3");
        await ScoringPipeline.WaitForFreshCyclesAsync(predictor);

        var degrading = Assert.Single(await _pipeline.TicketsAsync("degrading"));
        Assert.Equal(Component.Filter, degrading.GetProperty("component").GetString());
        var predicted = degrading.GetProperty("predicted_failure_at").GetDateTimeOffset();
        var truth = HandMadeTelemetry.Start.AddHours(120);
        Assert.InRange(predicted, truth.AddHours(-12), truth.AddHours(12));
        Assert.Empty(await _pipeline.TicketsAsync("healthy"));
        var worn = await _pipeline.TicketsAsync("worn");
        Assert.Equal(Component.Bearing, Assert.Single(worn).GetProperty("component").GetString());
        var bearingFailure = worn[0].GetProperty("predicted_failure_at").GetDateTimeOffset();
        Assert.InRange(bearingFailure, HandMadeTelemetry.Start.AddHours(90), HandMadeTelemetry.Start.AddHours(125));
        Assert.Empty(await _pipeline.TicketsAsync("stuck"));

        // Only changes reach ticketing: the rule fires at every hourly evaluation of the last two
        // days, but the ticket heard of it only when the forecast moved or the band changed.
        var status = predictor.Services.GetRequiredService<PredictorStatus>();
        var filterMessages = degrading.GetProperty("prediction_count").GetInt64();
        Assert.InRange(filterMessages, 1, 6);
        Assert.Equal(status.PredictionsSent, filterMessages + worn[0].GetProperty("prediction_count").GetInt64());

        // The technician replaces the filter; the fresh one reads a flat 15 kPa for 30 h (24 clear evaluations retract).
        var visit = HandMadeTelemetry.Start.AddHours(Days * 24);
        await HandMadeTelemetry.PublishMaintenanceAsync(device, "degrading", visit, Component.Filter);
        await Eventually.WaitAsync(() => Task.FromResult(status.MaintenanceEvents), n => n >= 1, TimeSpan.FromSeconds(30), "maintenance event recorded");
        published += await HandMadeTelemetry.PublishAsync(device, "degrading", (Days * 24) + 0.1, (Days * 24) + 30, HandMadeTelemetry.Noisy(_ => 15, 3), 1000, 14);
        await _pipeline.WaitForSamplesAsync(published);

        var flagged = await Eventually.WaitAsync(
            async () => Assert.Single(await _pipeline.TicketsAsync("degrading")),
            t => t.GetProperty("needs_review").GetBoolean(), TimeSpan.FromSeconds(30), "the ticket flagged by a retraction");
        Assert.Contains("No end of life expected", flagged.GetProperty("review_note").GetString(), StringComparison.Ordinal);
        // The predictor counts a retraction once ticketing has answered, which may be after the test saw the flag.
        await Eventually.WaitAsync(() => Task.FromResult(status.RetractionsSent), n => n >= 1, TimeSpan.FromSeconds(30), "the predictor counted its retraction");
        Assert.Equal(1, status.RetractionsSent);
        Assert.Equal(0, status.Failures);
    }

    [Fact]
    public async Task RunCycle_InfluxFailingEveryFifthQuery_ResumesWhereTheFailedCycleStoppedUntilEveryDeviceIsScored()
    {
        await using var device = await _pipeline.ConnectAsync("resume-devices");
        var published = 0;
        foreach (var (name, seed) in new[] { ("resume-a", 21), ("resume-b", 22), ("resume-c", 23) })
        {
            published += await HandMadeTelemetry.PublishAsync(device, name, 0, 12, HandMadeTelemetry.Noisy(_ => 30, seed), 1, seed);
        }

        await _pipeline.WaitForSamplesAsync(published);
        foreach (var name in new[] { "resume-a", "resume-b", "resume-c" })
        {
            await _pipeline.WaitForHourlyRollupsAsync(name, 12); // no hour arriving later makes a device due again
        }

        // One device per chunk: a cycle asks for the catalog, then the raw window and the rollups of
        // each device, 7 queries. The fifth fails, in the second chunk; starting over at the first
        // chunk, every cycle would fail there again and the third device would never be scored.
        var queries = 0;
        await using var proxy = await RefusingProxy.StartAsync(
            _pipeline.Influx.Url, (path, _) => path == "/query" && Interlocked.Increment(ref queries) % 5 == 0 ? StatusCodes.Status503ServiceUnavailable : null);
        var predictor = await _pipeline.StartPredictorAsync("resume-predictor", "--Predictor:DevicesPerQuery=1", $"--Influx:Url={proxy.Url}");
        var status = predictor.Services.GetRequiredService<PredictorStatus>();

        await Eventually.WaitAsync(() => Task.FromResult(status.DevicesScored), n => n >= 3, TimeSpan.FromSeconds(30), "all three devices scored");

        Assert.True(status.Failures >= 2, $"{status.Failures} failed cycles: the proxy refused {proxy.Refused} queries");
        Assert.Equal(3, status.DevicesScored); // each once: nothing new arrived for the others
    }

    [Fact]
    public async Task RunCycle_TicketingRefusesOneDevicesPredictionAsInvalid_DroppedAndTheNextDeviceStillTicketed()
    {
        await using var device = await _pipeline.ConnectAsync("refused-devices");
        var published = await HandMadeTelemetry.PublishAsync(device, "refused-a", 0, Days * 24, HandMadeTelemetry.Noisy(h => 40 + (h / 2), 1), 1, 31);
        published += await HandMadeTelemetry.PublishAsync(device, "refused-b", 0, Days * 24, HandMadeTelemetry.Noisy(h => 40 + (h / 2), 2), 1, 32);
        await _pipeline.WaitForSamplesAsync(published);
        // Ticketing answers 400 to every prediction for refused-a, as it would to an invalid one.
        await using var proxy = await RefusingProxy.StartAsync(
            _pipeline.Ticketing, (path, body) => path == "/api/predictions" && body.Contains("\"refused-a\"", StringComparison.Ordinal) ? StatusCodes.Status400BadRequest : null);
        var predictor = await _pipeline.StartPredictorAsync("refused-predictor", "--Predictor:DevicesPerQuery=1", $"--Predictor:TicketingUrl={proxy.Url}");
        var status = predictor.Services.GetRequiredService<PredictorStatus>();

        // refused-a comes first: were its refusal retried, every cycle would stop there and refused-b never be scored.
        var ticket = await Eventually.WaitAsync(async () => await _pipeline.TicketsAsync("refused-b"), t => t.Count == 1, TimeSpan.FromSeconds(60), "refused-b ticketed");
        Assert.Equal(Component.Filter, ticket[0].GetProperty("component").GetString());
        Assert.Empty(await _pipeline.TicketsAsync("refused-a"));
        Assert.True(proxy.Refused >= 1);
        Assert.InRange(status.TicketingErrors, 1, proxy.Refused); // a refusal may still be on its way back
        Assert.Equal(0, status.Failures);
    }

    [Fact]
    public async Task RunCycle_TwoPartitions_EveryDeviceScoredByExactlyOneInstance()
    {
        var first = await _pipeline.StartPredictorAsync("partition-0", "--Predictor:Partitions=2", "--Predictor:Partition=0", "--Predictor:DevicesPerQuery=2");
        var second = await _pipeline.StartPredictorAsync("partition-1", "--Predictor:Partitions=2", "--Predictor:Partition=1");
        await using var device = await _pipeline.ConnectAsync("partition-devices");
        var ids = Enumerable.Range(0, 12).Select(i => $"dev-{i:00}").ToArray();
        var published = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            published += await HandMadeTelemetry.PublishAsync(device, ids[i], 0, 2, HandMadeTelemetry.Noisy(_ => 30, i), 1, i);
        }

        await _pipeline.WaitForSamplesAsync(published);
        await Task.WhenAll(ScoringPipeline.WaitForFreshCyclesAsync(first), ScoringPipeline.WaitForFreshCyclesAsync(second));

        var counts = new[] { first, second }.Select(app => app.Services.GetRequiredService<PredictorStatus>().DevicesLastCycle).ToArray();
        Assert.Equal(ids.Length, counts.Sum());
        Assert.All(counts, c => Assert.InRange(c, 1, ids.Length - 1));
        var expectedFirst = ids.Count(id => DevicePartition.Of("site-1", id, 2) == 0);
        Assert.Equal(expectedFirst, counts[0]);
    }
}
