using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using PredictMaint.Platform.Configuration;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Metrics;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Predictor.Maintenance;
using PredictMaint.Predictor.Metrics;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor;

/// <summary>
/// Builds the predictor host: the scoring loop plus <c>/healthz</c>, <c>/status</c> and <c>/metrics</c>, and, when
/// an <c>Mqtt</c> section is configured, the listener for maintenance events.
/// </summary>
public static class PredictorApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<PredictorOptions>().BindConfiguration(PredictorOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.Partition < o.Partitions, "Predictor:Partition must be below Predictor:Partitions.")
            // Data annotations do not descend into nested objects; the nameplate is checked explicitly.
            .Validate(o => Validator.TryValidateObject(o.Pump, new ValidationContext(o.Pump), null, validateAllProperties: true), "Predictor:Pump has a value out of range.")
            .ValidateOnStart();
        builder.Services.AddOptions<InfluxClientOptions>().BindConfiguration("Influx").Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<PredictorOptions>>().Value);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton(sp => new InfluxClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("influx"),
            sp.GetRequiredService<IOptions<InfluxClientOptions>>().Value));
        builder.Services.AddSingleton(sp => new TicketingClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient("ticketing"), sp.GetRequiredService<PredictorOptions>()));
        builder.Services.AddSingleton<DeviceCatalogReader>();
        builder.Services.AddSingleton<TelemetryWindowReader>();
        builder.Services.AddSingleton<HourlyFeatureReader>();
        builder.Services.AddSingleton<PredictorStatus>();
        builder.Services.AddSingleton<MaintenanceLog>();
        builder.Services.AddHostedService<ScoringService>();
        if (builder.Configuration.GetSection(MqttSettings.SectionName).Exists())
        {
            AddMaintenanceEvents(builder.Services);
        }

        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, PredictorJsonContext.Default));

        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapGet("/status", (PredictorStatus status) => TypedResults.Ok(status));
        // Anonymous like /healthz: the predictor serves no data, only its own counters; bind it to an internal address (docs/DEPLOYMENT.md).
        app.MapGet("/metrics", (PredictorStatus status, PredictorOptions settings) =>
            TypedResults.Text(PredictorMetrics.Render(status, settings), PrometheusWriter.ContentType));
        return app;
    }

    private static void AddMaintenanceEvents(IServiceCollection services)
    {
        services.AddOptions<MqttSettings>().BindConfiguration(MqttSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // A persistent session: visits reported while this instance was down are delivered on reconnect.
        services.AddSingleton(sp => new MqttClient(
            sp.GetRequiredService<IOptions<MqttSettings>>().Value.ToBuilder().WithCleanSession(false).Build(),
            sp.GetRequiredService<ILogger<MqttClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<MaintenanceEventListener>();
        services.AddHostedService(sp => sp.GetRequiredService<MaintenanceEventListener>());
    }
}
