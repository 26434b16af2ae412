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
public sealed class TicketingServer : IAsyncLifetime
{
    public const string PredictorKey = "test-predictor-key-4f1c9a";
    public const string PlannerKey = "test-planner-key-8b2d7e";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "pm-ticketing-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public Uri BaseAddress { get; private set; } = new("http://unused");

    /// <summary>Errors the service logged since it started; expected to stay empty.</summary>
    public ErrorLog Log { get; } = new();

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Ticketing:DatabasePath={Path.Combine(directory, "tickets.db")}",
            "--Ticketing:ApiKeys:0:Name=test-predictor",
            $"--Ticketing:ApiKeys:0:Key={PredictorKey}",
            "--Ticketing:ApiKeys:0:Role=predictor",
            "--Ticketing:ApiKeys:1:Name=test-planner",
            $"--Ticketing:ApiKeys:1:Key={PlannerKey}",
            "--Ticketing:ApiKeys:1:Role=planner",
            "--Logging:LogLevel:Default=Warning",
        ];
        app = TicketingApp.Build(args, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Logging.AddProvider(Log);
        });
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
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

    public async Task DisposeAsync()
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
}
