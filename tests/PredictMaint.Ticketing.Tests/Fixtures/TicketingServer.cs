using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// The real service on Kestrel at an ephemeral loopback port, with its own SQLite file.
/// One instance per test class (<c>IClassFixture</c>); tests isolate themselves by device id.
/// </summary>
public class TicketingServer : IAsyncLifetime
{
    public const string PredictorKey = "test-predictor-key-4f1c9a";
    public const string PlannerKey = "test-planner-key-8b2d7e";
    public const string SecondPlannerKey = "test-planner-two-key-51aa0c";
    public const string TechnicianKey = "test-technician-key-7d3e11";
    public const string SupervisorKey = "test-supervisor-key-c4f8a2";
    public const string AdminKey = "test-admin-key-90be3d";
    public const string DispatchKey = "test-dispatch-key-2f6c5b";
    public const string MonitoringKey = "test-monitoring-key-0d93e7";

    /// <summary>Every role's key, for tests that go through all of them.</summary>
    public static IReadOnlyDictionary<string, string> KeysByRole { get; } = new Dictionary<string, string>
    {
        ["predictor"] = PredictorKey,
        ["planner"] = PlannerKey,
        ["technician"] = TechnicianKey,
        ["supervisor"] = SupervisorKey,
        ["admin"] = AdminKey,
        ["dispatch"] = DispatchKey,
        ["monitoring"] = MonitoringKey,
    };

    private readonly string directory = Path.Combine(Path.GetTempPath(), "pm-ticketing-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public Uri BaseAddress { get; private set; } = new("http://unused");

    public string DatabasePath => Path.Combine(directory, "tickets.db");

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("Not started.");

    /// <summary>Configuration a derived fixture adds (e.g. auto-approval rules).</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>Errors the service logged since it started; expected to stay empty.</summary>
    public ErrorLog Log { get; } = new();

    /// <summary>Whether the started service gets <see cref="FieldServiceSeed"/> (so tickets of site-1 can be booked).</summary>
    protected virtual bool SeedsFieldService => true;

    /// <summary>Work a derived fixture needs before the arguments are read (e.g. starting a database server).</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>Services a derived fixture adds to the real ones (e.g. a save interceptor that stages a race).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        await PrepareAsync();
        (string Name, string Key, string Role)[] keys =
        [
            ("test-predictor", PredictorKey, "predictor"), ("test-planner", PlannerKey, "planner"),
            ("test-planner-two", SecondPlannerKey, "planner"), ("test-technician", TechnicianKey, "technician"),
            ("test-supervisor", SupervisorKey, "supervisor"), ("test-admin", AdminKey, "admin"),
            ("test-dispatch", DispatchKey, "dispatch"), ("test-monitoring", MonitoringKey, "monitoring"),
        ];
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Ticketing:DatabasePath={DatabasePath}",
            .. keys.SelectMany((k, i) => new[]
            {
                $"--Ticketing:ApiKeys:{i}:Name={k.Name}", $"--Ticketing:ApiKeys:{i}:Key={k.Key}", $"--Ticketing:ApiKeys:{i}:Role={k.Role}",
            }),
            "--Logging:LogLevel:Default=Warning",
            .. ExtraArguments,
        ];
        app = TicketingApp.Build(args, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Logging.AddProvider(Log);
            ConfigureServices(builder.Services);
        });
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
        if (SeedsFieldService)
        {
            await FieldServiceSeed.ApplyAsync(app.Services);
        }
    }

    /// <summary>A client sending <paramref name="apiKey"/> as bearer token, or no credentials when null.</summary>
    public HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    public virtual async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Stops the service, runs <paramref name="whileStopped"/> (e.g. moving the clock), and
    /// starts it again on the same database at a new port.
    /// </summary>
    public async Task RestartAsync(Action? whileStopped = null)
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        whileStopped?.Invoke();
        await InitializeAsync();
    }
}
