using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Predictor.Tests.Scoring.Fixtures;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Predictor.Tests.Scoring;

/// <summary>
/// The scoring service behind its data, as in the fault drill: ingest's hourly rollups arrive
/// weeks late in one burst, and the service scores the whole backlog in one cycle. A simulated
/// device goes the production path (MQTT, ingest, InfluxDB, ticketing); its pump and bearing must
/// be ticketed exactly as the fleet evaluation scores the same samples in-process.
/// </summary>
public sealed class ScoringServiceBacklogTests : IAsyncLifetime
{
    // pur-00060 of this fleet: pump worn out on 2026-01-28 05:00, bearing at 19:00, both replaced three days later,
    // more than a pump window (14 days) before the newest hour played: the newest window alone shows no worn part.
    private const string Device = "pur-00060";
    private const int Days = 41;
    private static readonly FleetOptions Fleet = new()
    {
        Devices = 60, Sites = 6, Duration = TimeSpan.FromDays(60), Seed = 42,
        PumpSeizureFraction = 0, PumpFailingFraction = 0.3, BearingFailingFraction = 0.3,
    };

    private ScoringPipeline _pipeline = null!;

    // Ingest rolls up only when the test says so (ScoringPipeline.RollUpAsync).
    public async Task InitializeAsync() => _pipeline = await ScoringPipeline.StartAsync("--Ingest:Rollups:MinimumAge=01:00:00");

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task RunCycle_RollupsWeeksLate_TicketsPumpAndBearingLikeTheFleetEvaluation()
    {
        // Cycles only when the test runs one: the first, at start, finds nothing.
        var predictor = await _pipeline.StartPredictorAsync("backlog-predictor", "--Predictor:Interval=01:00:00");
        var status = predictor.Services.GetRequiredService<PredictorStatus>();
        await Eventually.WaitAsync(() => Task.FromResult(status.CyclesCompleted + status.Failures), n => n >= 1, TimeSpan.FromSeconds(30), "the first cycle");
        var service = predictor.Services.GetServices<IHostedService>().OfType<ScoringService>().Single();
        await using var client = await _pipeline.ConnectAsync("backlog-device");
        var device = new PlayedDevices(Fleet, Device);

        // Day one arrives, is rolled up and scored: the service knows the device.
        var published = await device.PublishAsync(client, 24);
        await _pipeline.RollUpAsync(device.Messages);
        await service.RunCycleAsync(CancellationToken.None);

        // Forty more days of samples while ingest's rollups trail: the filter is scored, the hourly rules wait.
        published += await device.PublishAsync(client, (Days - 1) * 24);
        await _pipeline.WaitForSamplesAsync(published);
        await Eventually.WaitAsync(() => Task.FromResult(status.MaintenanceEvents), n => n >= device.Visits, TimeSpan.FromSeconds(30), "the visits heard");
        await service.RunCycleAsync(CancellationToken.None);
        Assert.DoesNotContain(await _pipeline.TicketsAsync(Device), t => t.GetProperty("component").GetString() is Component.Pump or Component.Bearing);

        // The rollups land at once; the next cycle scores 40 days of hourly grid points.
        await _pipeline.RollUpAsync(device.Messages);
        await service.RunCycleAsync(CancellationToken.None);

        var expected = Evaluate(device, predictor.Services.GetRequiredService<PredictorOptions>());
        Assert.Equal([Component.Bearing, Component.Pump], expected.Keys.Order());
        var tickets = (await _pipeline.TicketsAsync(Device)).Where(t => t.GetProperty("component").GetString() is Component.Pump or Component.Bearing).ToArray();
        Assert.Equal(expected.Keys.Order(), tickets.Select(t => t.GetProperty("component").GetString()!).Order());
        foreach (var ticket in tickets)
        {
            var sent = expected[ticket.GetProperty("component").GetString()!];
            Assert.Equal(sent.Count, ticket.GetProperty("prediction_count").GetInt32());
            Assert.Equal(sent[^1].PredictedFailureAt, ticket.GetProperty("predicted_failure_at").GetDateTimeOffset());
        }
    }

    /// <summary>What <c>eval fleet</c> sends for the hourly rules on the same samples: every grid hour, the whole history in memory.</summary>
    private static Dictionary<string, List<Prediction>> Evaluate(PlayedDevices device, PredictorOptions options)
    {
        var hourly = device.Rollups(Device);
        var decisions = DeviceScorer.ScoreHourly(
            hourly, EvaluationSchedule.Times(hourly.Hours, null, options.EvaluationStep), device.Maintenance, new PredictionTracker(options), options);
        return decisions.Where(d => d.Prediction is not null).GroupBy(d => d.Prediction!.Component).ToDictionary(g => g.Key, g => g.Select(d => d.Prediction!).ToList());
    }
}
