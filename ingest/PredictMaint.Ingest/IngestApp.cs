using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Completeness;
using PredictMaint.Ingest.Metrics;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Ingest.Rollups;
using PredictMaint.Ingest.Validation;
using PredictMaint.Ingest.Writing;
using PredictMaint.Platform.Configuration;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Metrics;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest;

/// <summary>Builds the ingest host: MQTT receiver → bounded channel → batch writer, plus <c>/healthz</c>, <c>/status</c> and <c>/metrics</c>.</summary>
public static class IngestApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.Partition < o.Partitions, "Ingest:Partition must be below Ingest:Partitions (0 … Partitions - 1).")
            .Validate(o => !o.SharedSubscription || o.Partitions == 1, "Ingest:Partitions splits a plain subscription; with Ingest:SharedSubscription=true the broker splits the work, so leave Partitions at 1.")
            .ValidateOnStart();
        services.AddOptions<ValidationOptions>().BindConfiguration(ValidationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MqttSettings>().BindConfiguration(MqttSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InfluxClientOptions>().BindConfiguration("Influx").Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddHttpClient();

        services.AddSingleton(sp => new InfluxClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("influx"),
            sp.GetRequiredService<IOptions<InfluxClientOptions>>().Value));
        services.AddSingleton(sp => new MqttClient(
            sp.GetRequiredService<IOptions<MqttSettings>>().Value.ToBuilder().WithCleanSession(false).Build(),
            sp.GetRequiredService<ILogger<MqttClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(sp.GetRequiredService<IOptions<IngestOptions>>().Value.ChannelCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        }));
        services.AddSingleton(sp => sp.GetRequiredService<Channel<IngestItem>>().Reader);
        services.AddSingleton(sp => sp.GetRequiredService<Channel<IngestItem>>().Writer);
        services.AddSingleton<SequenceTracker>();
        services.AddSingleton<IngestStatus>();
        services.AddSingleton<DeadLetterPublisher>();
        services.AddSingleton<TelemetryValidator>();
        services.AddSingleton<WriteRetryPolicy>();
        services.AddSingleton<BatchStore>();
        services.AddHostedService<DatabaseInitializer>();
        // Registered before the batch writer so it stops after it: the final pass covers the last flush.
        services.AddOptions<RollupOptions>().BindConfiguration(RollupOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (builder.Configuration.GetValue(RollupOptions.SectionName + ":" + nameof(RollupOptions.Enabled), true))
        {
            services.AddSingleton(sp => new RollupZones(sp.GetRequiredService<IOptions<RollupOptions>>().Value));
            services.AddSingleton(sp =>
            {
                var rollups = sp.GetRequiredService<IOptions<RollupOptions>>().Value;
                var journal = string.IsNullOrEmpty(rollups.JournalFile) ? null : RollupJournal.Open(rollups.JournalFile);
                return new PendingRollups(sp.GetRequiredService<RollupZones>(), rollups.MaxPendingDevices, sp.GetRequiredService<TimeProvider>(), journal);
            });
            services.AddSingleton<RollupWorker>();
            services.AddHostedService(sp => sp.GetRequiredService<RollupWorker>());
        }

        services.AddHostedService<BatchWriter>();
        services.AddHostedService<TelemetryReceiver>();

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, IngestJsonContext.Default));

        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapGet("/status", (IngestStatus status) => TypedResults.Ok(status));
        app.MapGet("/metrics", (IngestStatus status) => TypedResults.Text(PrometheusText.Render(status), PrometheusWriter.ContentType));
        return app;
    }
}
