using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sla;
using PredictMaint.Ticketing.Metrics;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;
using PredictMaint.Ticketing.Web;

namespace PredictMaint.Ticketing;

/// <summary>Composition root, shared by <c>Program</c> and the in-process tests.</summary>
public static class TicketingApp
{
    /// <param name="args">Command line; also the usual place for <c>--urls</c> and configuration overrides.</param>
    /// <param name="configure">Last-minute changes before the app is built, e.g. a test clock.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;

        services.AddOptions<TicketingOptions>()
            .Bind(builder.Configuration.GetSection(TicketingOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TicketingOptions>, TicketingOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<DatabaseLocation>();
        services.AddSingleton<TicketingMetrics>();
        services.AddSingleton<TicketChangeCounter>();
        services.AddSingleton<TicketWriteGate>();
        services.AddDbContext<TicketingDbContext>((provider, options) =>
        {
            var location = provider.GetRequiredService<DatabaseLocation>();
            _ = location.IsPostgres ? options.UseNpgsql(location.ConnectionString) : options.UseSqlite(location.ConnectionString);
            // A lost write race is expected and retried (TicketRepository); EF would log each
            // as an error. Failures that are not retried still surface through the exception
            // handler, which logs them as errors.
            options.ConfigureWarnings(warnings => warnings
                .Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug))
                // The migrations are hand-written without a model snapshot, so EF cannot compare;
                // MigrationSchemaTests compares the migrated schema with the model instead.
                .Ignore(RelationalEventId.PendingModelChangesWarning));
            options.AddInterceptors(provider.GetRequiredService<SlaSaveChangesInterceptor>(), provider.GetRequiredService<TicketChangeCounter>());
        });
        // First of the hosted services: the host starts them in order, so the schema exists before any background loop queries it.
        services.AddHostedService<DatabaseInitializer>();
        services.AddScoped<TicketRepository>();
        services.AddScoped<TicketWorkflowStore>();
        services.AddScoped<AuditStore>();
        services.AddScoped<SiteStore>();
        services.AddScoped<DirectoryImport>();
        services.AddOptions<FieldServiceOptions>()
            .Bind(builder.Configuration.GetSection(FieldServiceOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FieldServiceOptions>, FieldServiceOptionsValidator>();
        services.AddSingleton(provider => ComponentCatalogue.WithOverrides(
            provider.GetRequiredService<IOptions<FieldServiceOptions>>().Value.Catalogue
                .Select(c => new ComponentRequirement(c.Component, c.Skill, c.PartNumber, c.JobDuration))));
        services.AddScoped<FieldServiceStore>();
        services.AddScoped<PartLedger>();
        services.AddScoped<TicketSlots>();
        services.AddOptions<DispatchOptions>()
            .Bind(builder.Configuration.GetSection(DispatchOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DispatchOptions>, DispatchOptionsValidator>();
        services.AddHttpClient(OutboxDispatcher.HttpClientName);
        services.AddSingleton<DeliveryCircuit>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<InboundStatusHandler>();
        services.AddHostedService<OutboxRelay>();
        services.AddSingleton(provider => new AutoApprovalPolicy(
            provider.GetRequiredService<IOptions<TicketingOptions>>().Value.AutoApprovalRules
                .Select(r => new AutoApprovalRule(r.Component, r.ModelVersion, r.MinConfidence, r.MinLeadTime))));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOptions<SlaOptions>()
            .Bind(builder.Configuration.GetSection(SlaOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlaOptions>, SlaOptionsValidator>();
        services.AddSingleton<SlaSettings>();
        services.AddSingleton<SlaSaveChangesInterceptor>();
        services.AddScoped<SlaEvaluator>();
        services.AddScoped<SlaStore>();
        services.AddHostedService<SlaMonitor>();
        services.AddScoped<KpiStore>();
        services.AddScoped<CustomerRatingStore>();

        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder()
            // Anything mapped later without an explicit policy still needs a key.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.SubmitPredictions, policy => policy.RequireRole(Roles.Predictor))
            .AddPolicy(Policies.ReadTickets, policy => policy.RequireRole(Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Technician, Roles.Dispatch))
            .AddPolicy(Policies.ChangeTickets, policy => policy.RequireRole(Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Technician, Roles.Dispatch))
            .AddPolicy(Policies.VerifyAudit, policy => policy.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.ManageOutbox, policy => policy.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.ReportTickets, policy => policy.RequireRole(Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Dispatch))
            .AddPolicy(Policies.ManageDirectory, policy => policy.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.PlanVisits, policy => policy.RequireRole(Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Dispatch))
            .AddPolicy(Policies.ReadKpis, policy => policy.RequireRole(Roles.Planner, Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.RecordRatings, policy => policy.RequireRole(Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Dispatch))
            .AddPolicy(Policies.ReadMetrics, policy => policy.RequireRole(Roles.Monitoring, Roles.Supervisor, Roles.Admin));

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, TicketingJsonContext.Default);
            options.SerializerOptions.TypeInfoResolverChain.Insert(1, ContractsJsonContext.Default);
        });

        builder.AddTicketingWeb();
        builder.AddCustomerOffers();

        configure?.Invoke(builder);

        var app = builder.Build();
        // Outermost, so it counts the status the client gets, including the exception handler's 500.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            finally
            {
                context.RequestServices.GetRequiredService<TicketingMetrics>().HttpRequest(context.Response.StatusCode);
            }
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapPredictionEndpoints();
        app.MapTicketEndpoints();
        app.MapTransitionEndpoints();
        app.MapReportEndpoint();
        app.MapAuditEndpoints();
        app.MapOutboxEndpoints();
        app.MapInboundWebhook();
        app.MapSiteEndpoints();
        app.MapTicketingWeb();
        app.MapTechnicianEndpoints();
        app.MapDepotEndpoints();
        app.MapSlotEndpoints();
        app.MapAuditExportEndpoint();
        app.MapKpiEndpoints();
        app.MapMetricsEndpoint();
        return app;
    }
}
