using Microsoft.Extensions.Options;
using PredictMaint.Platform.Influx;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor;

/// <summary>Builds the predictor host: the scoring loop plus <c>/healthz</c> and <c>/status</c>.</summary>
public static class PredictorApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<PredictorOptions>().BindConfiguration(PredictorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<InfluxClientOptions>().BindConfiguration("Influx").Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<PredictorOptions>>().Value);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton(sp => new InfluxClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("influx"),
            sp.GetRequiredService<IOptions<InfluxClientOptions>>().Value));
        builder.Services.AddSingleton(sp => new TicketingClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient("ticketing"), sp.GetRequiredService<PredictorOptions>()));
        builder.Services.AddSingleton<TelemetryWindowReader>();
        builder.Services.AddSingleton<PredictorStatus>();
        builder.Services.AddHostedService<ScoringService>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, PredictorJsonContext.Default));

        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapGet("/status", (PredictorStatus status) => TypedResults.Ok(status));
        return app;
    }
}
