using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Security;

/// <summary>
/// Walks every mapped endpoint rather than a hand-kept list, so an endpoint added later
/// without a policy fails here.
/// </summary>
public sealed class EndpointAuthorizationTests(TicketingServer server) : IClassFixture<TicketingServer>
{
    private static readonly string[] Anonymous = ["/healthz"];

    /// <summary>Who is allowed per route; any other role must get 403.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["POST /api/predictions/"] = ["predictor"],
        ["POST /api/predictions/retractions"] = ["predictor"],
        ["POST /api/tickets"] = ["planner", "supervisor", "admin", "dispatch"],
        ["GET /api/tickets/"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["GET /api/tickets/{id:guid}"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["POST /api/tickets/{id:guid}/transitions/"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["POST /api/tickets/{id:guid}/merge"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["POST /api/tickets/{id:guid}/priority"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["GET /api/tickets/{id:guid}/history"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["GET /api/audit/verify"] = ["supervisor", "admin"],
        ["GET /api/dispatch/status"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["GET /api/outbox/dead-letters"] = ["supervisor", "admin"],
        ["POST /api/outbox/dead-letters/{id:guid}/replay"] = ["supervisor", "admin"],
        ["GET /api/sites/"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["GET /api/sites/{siteId}"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["PUT /api/sites/{siteId}"] = ["supervisor", "admin"],
        ["GET /api/technicians/"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["GET /api/technicians/{technicianId}"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["PUT /api/technicians/{technicianId}"] = ["supervisor", "admin"],
        ["GET /api/depots/"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["GET /api/depots/{depotId}"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["PUT /api/depots/{depotId}"] = ["supervisor", "admin"],
        ["GET /api/depots/{depotId}/stock"] = ["planner", "technician", "supervisor", "admin", "dispatch"],
        ["PUT /api/depots/{depotId}/stock/{partNumber}"] = ["supervisor", "admin"],
        ["GET /api/tickets/{id:guid}/slots"] = ["planner", "supervisor", "admin", "dispatch"],
        ["GET /api/audit/export"] = ["supervisor", "admin"],
        ["GET /api/kpis"] = ["planner", "supervisor", "admin"],
        ["POST /api/tickets/{id:guid}/rating"] = ["planner", "supervisor", "admin", "dispatch"],
        ["GET /metrics"] = ["monitoring", "supervisor", "admin"],

        // Authenticated by HMAC signature, never by an API key.
        ["POST /api/webhooks/dispatch"] = [],
    };

    /// <summary>Browser pages: true = a signed-in person (cookie) is needed, false = open to anyone.</summary>
    private static readonly Dictionary<string, bool> Pages = new()
    {
        ["GET /"] = false,
        ["GET /login"] = false,
        ["GET /denied"] = false,
        ["GET /logout"] = true,
        ["GET /planner"] = true,
        ["GET /planner/tickets/{id:guid}"] = true,
        ["GET /planner/dispatch"] = true,
        ["GET /planner/kpis"] = true,

        // Customers have no account; the signed link is checked by the page itself.
        ["GET /offer/{token}"] = false,
        ["GET /status/{token}"] = false,
    };

    [Fact]
    public void Endpoints_AllMapped_AreExactlyTheKnownOnes() =>
        Assert.Equal(
            Allowed.Keys.Concat(Pages.Keys).Order(),
            Endpoints().Select(e => e.Key).Where(k => !Anonymous.Any(a => k.EndsWith(a, StringComparison.Ordinal))).Order());

    /// <summary>An API key opens no page: pages want a person's sign-in and send everyone else to the login page.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData(TicketingServer.PlannerKey)]
    [InlineData(TicketingServer.AdminKey)]
    public async Task Pages_WithoutSignIn_RedirectToLogin(string? apiKey)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }

        foreach (var (key, _) in Pages.Where(p => p.Value))
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var path = key.Split(' ')[1].Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
                using var response = await client.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative)));
                var refused = response.StatusCode == HttpStatusCode.BadRequest // POST without antiforgery token
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/login");
                Assert.True(refused, $"{method} {path}: got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Fact]
    public async Task Endpoints_WithoutCredentials_Return401()
    {
        using var anonymous = server.CreateClient(apiKey: null);
        await AssertEveryProtectedEndpointAsync(anonymous, _ => HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Endpoints_WithUnknownKey_Return401()
    {
        using var stranger = server.CreateClient("not-a-configured-key-123456");
        await AssertEveryProtectedEndpointAsync(stranger, _ => HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("predictor")]
    [InlineData("planner")]
    [InlineData("technician")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    [InlineData("dispatch")]
    [InlineData("monitoring")]
    public async Task Endpoints_WithWrongRole_Return403(string role)
    {
        using var client = server.CreateClient(TicketingServer.KeysByRole[role]);
        await AssertEveryProtectedEndpointAsync(
            client,
            key => key.Contains("webhooks", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized
                : Allowed[key].Contains(role) ? null : HttpStatusCode.Forbidden);
    }

    [Fact]
    public void Endpoints_Protected_CarryANamedPolicy()
    {
        foreach (var (key, endpoint) in Endpoints().Where(e => Allowed.ContainsKey(e.Key)))
        {
            if (key.Contains("webhooks", StringComparison.Ordinal))
            {
                continue;
            }

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null);
            Assert.True(policies.Any(), $"{key} has no named policy");
        }
    }

    private async Task AssertEveryProtectedEndpointAsync(HttpClient client, Func<string, HttpStatusCode?> expected)
    {
        foreach (var (key, _) in Endpoints().Where(e => Allowed.ContainsKey(e.Key)))
        {
            if (expected(key) is not { } status)
            {
                continue;
            }

            var (method, template) = (key.Split(' ')[0], key.Split(' ')[1]);
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(template.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal), UriKind.Relative));
            if (method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);
            Assert.True(status == response.StatusCode, $"{key}: expected {(int)status}, got {(int)response.StatusCode}");
        }
    }

    private IEnumerable<KeyValuePair<string, RouteEndpoint>> Endpoints() =>
        server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => KeyValuePair.Create($"{m} /{e.RoutePattern.RawText!.TrimStart('/')}", e)));
}
