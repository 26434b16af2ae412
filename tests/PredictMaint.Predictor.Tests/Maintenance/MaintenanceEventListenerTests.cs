using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Predictor.Maintenance;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Predictor.Tests.Scoring.Fixtures;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Predictor.Tests.Maintenance;

/// <summary>The listener on a real Mosquitto: bad events are skipped, good ones still recorded.</summary>
public sealed class MaintenanceEventListenerTests : IAsyncLifetime
{
    private ScoringPipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await ScoringPipeline.StartAsync();

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task OnMessage_MalformedForeignAndValidEvents_OnlyTheValidVisitRecorded()
    {
        var predictor = await _pipeline.StartPredictorAsync("listener-predictor");
        await using var device = await _pipeline.ConnectAsync("listener-device");
        var at = HandMadeTelemetry.Start.AddDays(3);

        await device.PublishAsync(new MqttApplicationMessage(Topics.For("site-1", "dev-a", Topics.Events), Encoding.UTF8.GetBytes("{not json"), MqttQualityOfService.AtLeastOnce));
        // A payload naming another device than its topic is not trusted.
        await HandMadeTelemetry.PublishMaintenanceAsync(device, "dev-b", at, Component.Filter, topicDevice: "dev-a");
        await HandMadeTelemetry.PublishMaintenanceAsync(device, "dev-a", at, Component.Bearing);

        var status = predictor.Services.GetRequiredService<PredictorStatus>();
        await Eventually.WaitAsync(() => Task.FromResult(status.MaintenanceEvents), n => n >= 1, TimeSpan.FromSeconds(30), "the valid visit recorded");
        var log = predictor.Services.GetRequiredService<MaintenanceLog>();
        Assert.Equal(at, log.LastVisit("site-1", "dev-a", Component.Bearing, at));
        Assert.Null(log.LastVisit("site-1", "dev-a", Component.Filter, at));
        Assert.Null(log.LastVisit("site-1", "dev-b", Component.Filter, at));
        Assert.Equal(1, status.MaintenanceEvents);
    }
}
