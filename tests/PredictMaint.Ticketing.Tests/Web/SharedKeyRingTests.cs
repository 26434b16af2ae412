using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Servers;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Web;

/// <summary>Two instances behind one address: a form from one posts to the other, a sign-in on one opens pages on the other.</summary>
[Collection(PostgresGroup.Name)]
public sealed partial class SharedKeyRingTests
{
    [Fact]
    public async Task SignIn_FormFromOneInstancePostedToTheOther_CookieOpensPagesOnBoth()
    {
        var postgres = await PostgresServer.SharedAsync();
        var connectionString = postgres.ConnectionString("tickets_" + Guid.NewGuid().ToString("N"));
        var first = new SharedDatabaseWebServer(connectionString);
        await first.InitializeAsync();
        var second = new SharedDatabaseWebServer(connectionString);
        await second.InitializeAsync();
        try
        {
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            using var browser = new HttpClient(handler);
            var form = await browser.GetStringAsync(new Uri(first.BaseAddress, "/login"));
            var token = AntiforgeryField().Match(form);
            Assert.True(token.Success, "the login form carries an antiforgery token");

            using var signIn = await browser.PostAsync(new Uri(second.BaseAddress, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = SharedDatabaseWebServer.PlannerName,
                ["Password"] = SharedDatabaseWebServer.PlannerPassword,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            }));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Contains(handler.CookieContainer.GetAllCookies(), c => c.Name == "pm.planner");

            using var onFirst = await browser.GetAsync(new Uri(first.BaseAddress, "/planner"));
            using var onSecond = await browser.GetAsync(new Uri(second.BaseAddress, "/planner"));
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (onFirst.StatusCode, onSecond.StatusCode));
            // Both instances run in this process as one user, so they would also share a key folder in
            // the home directory; the ring must come from the database, as on separate machines.
            var stored = await StoredKeyIdsAsync(first);
            Assert.NotEmpty(stored);
            Assert.Equal(stored, KeyIds(first));
            Assert.Equal(stored, KeyIds(second));
            Assert.Empty(first.Log.Errors);
            Assert.Empty(second.Log.Errors);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static async Task<List<string>> StoredKeyIdsAsync(TicketingServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        return [.. (await db.DataProtectionKeys.Select(k => k.FriendlyName!).ToListAsync()).Select(n => n["key-".Length..]).Order(StringComparer.Ordinal)];
    }

    private static List<string> KeyIds(TicketingServer server) =>
        [.. server.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId.ToString()).Order(StringComparer.Ordinal)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
