using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PredictMaint.Platform.Contracts;
using PredictMaint.Testing.Servers;
using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Web.Accounts;

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>
/// Everything a browser test needs, real: the ticketing service on Kestrel at 127.0.0.1:0 with
/// its own SQLite file and web users, an SMTP sink (aiosmtpd through scripts/services), and
/// Debian's Chromium driven by Playwright (no browser download). Shared by the browser tests
/// through <see cref="UiGroup"/>; tests isolate themselves by device id.
/// </summary>
public sealed class UiServer : IAsyncLifetime
{
    public const string PredictorKey = "ui-test-predictor-key-61a0";
    public const string PlannerKey = "ui-test-planner-key-93c2d";
    public const string AdminKey = "ui-test-admin-key-5e7f10";

    /// <summary>Walks tickets through the field steps (depart, arrive, resolve) for the planner pages' tests.</summary>
    public const string DispatchKey = "ui-test-dispatch-key-c4a8b2";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan InitialBackoff = TimeSpan.FromMinutes(1);
    public const string PlannerName = "paula";
    public const string PlannerPassword = "paula-correct-horse-1";
    public const string TechnicianName = "tomas";
    public const string TechnicianPassword = "tomas-battery-staple-2";

    /// <summary>Debian's Chromium binary; /usr/bin/chromium is a wrapper script Playwright cannot drive.</summary>
    public const string ChromiumPath = "/usr/lib/chromium/chromium";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "pm-ui-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2031, 3, 14, 9, 0, 0, TimeSpan.Zero));

    public SmtpSinkServer Smtp { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://unused");

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        await Smtp.StartAsync();
        // Few iterations: the hashes only need to be real PBKDF2, not slow, in a test.
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Ticketing:DatabasePath={Path.Combine(directory, "tickets.db")}",
            "--Ticketing:ApiKeys:0:Name=ui-predictor", $"--Ticketing:ApiKeys:0:Key={PredictorKey}", "--Ticketing:ApiKeys:0:Role=predictor",
            "--Ticketing:ApiKeys:1:Name=ui-planner", $"--Ticketing:ApiKeys:1:Key={PlannerKey}", "--Ticketing:ApiKeys:1:Role=planner",
            "--Ticketing:ApiKeys:2:Name=ui-admin", $"--Ticketing:ApiKeys:2:Key={AdminKey}", "--Ticketing:ApiKeys:2:Role=admin",
            "--Ticketing:ApiKeys:9:Name=ui-dispatch", $"--Ticketing:ApiKeys:9:Key={DispatchKey}", "--Ticketing:ApiKeys:9:Role=dispatch",
            "--Ticketing:Offers:LinkSigningKey=ui-test-link-signing-key-0123456789abcdef",
            $"--Ticketing:Offers:LinkLifetime={LinkLifetime}",
            $"--Ticketing:Offers:SmtpHost={SmtpSinkServer.Host}", $"--Ticketing:Offers:SmtpPort={Smtp.Port}",
            "--Ticketing:Offers:PollInterval=00:00:00.100", $"--Ticketing:Offers:InitialBackoff={InitialBackoff}",
            "--Ticketing:Offers:SmtpTimeout=00:00:05",
            $"--Ticketing:Web:Users:0:Name={PlannerName}", $"--Ticketing:Web:Users:0:PasswordHash={PasswordHashing.Hash(PlannerPassword, 1000)}", "--Ticketing:Web:Users:0:Role=planner",
            $"--Ticketing:Web:Users:1:Name={TechnicianName}", $"--Ticketing:Web:Users:1:PasswordHash={PasswordHashing.Hash(TechnicianPassword, 1000)}", "--Ticketing:Web:Users:1:Role=technician",
            "--Logging:LogLevel:Default=Warning",
        ];
        app = TicketingApp.Build(args, builder => builder.Services.AddSingleton<TimeProvider>(Clock));
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A fresh browser context (own cookies) at a laptop-sized viewport unless told otherwise.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800) =>
        Browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });

    public HttpClient CreateClient(string apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    /// <summary>Posts a prediction as the predictor would; returns the ticket id.</summary>
    public async Task<Guid> ProposeAsync(Prediction prediction)
    {
        using var client = CreateClient(PredictorKey);
        using var response = await client.PostAsync(
            new Uri("/api/predictions", UriKind.Relative), JsonContent.Create(prediction, ContractsJsonContext.Default.Prediction));
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Adds a site to the directory through the API (customer, language, time zone, e-mail).</summary>
    public async Task AddSiteAsync(string siteId, string email, string language = "en", string timeZone = "Europe/Berlin", string region = "north")
    {
        using var client = CreateClient(AdminKey);
        var body = new Dictionary<string, object>
        {
            ["customer_id"] = "cust-" + siteId, ["customer_name"] = "Customer " + siteId, ["region"] = region, ["time_zone"] = timeZone,
            ["latitude"] = 52.5, ["longitude"] = 13.4, ["language"] = language, ["email"] = email,
        };
        using var response = await client.PutAsJsonAsync(new Uri($"/api/sites/{siteId}", UriKind.Relative), body);
        Assert.True(response.IsSuccessStatusCode, $"PUT site: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The ticket as the API reports it.</summary>
    public async Task<System.Text.Json.JsonElement> TicketAsync(Guid ticketId)
    {
        using var client = CreateClient(PlannerKey);
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/tickets/{ticketId}", UriKind.Relative)));
        return json.RootElement.Clone();
    }

    /// <summary>The queued offer for a ticket as stored (the relay's own table), or null.</summary>
    public OfferNotification? Offers(Guid ticketId)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        return db.OfferNotifications.AsNoTracking().SingleOrDefault(n => n.TicketId == ticketId && n.Kind == CustomerMessageKind.Offer);
    }

    /// <summary>The ticket's state as the API reports it.</summary>
    public async Task<string> StateOfAsync(Guid ticketId)
    {
        using var client = CreateClient(PlannerKey);
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/tickets/{ticketId}", UriKind.Relative)));
        return json.RootElement.GetProperty("state").GetString()!;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await Smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
