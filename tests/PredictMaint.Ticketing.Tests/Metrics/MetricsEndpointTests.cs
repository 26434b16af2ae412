using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using PredictMaint.Testing.Dispatch;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Metrics;

/// <summary><c>GET /metrics</c> of the running service, scraped before and after a ticket went through intake, approval and the relay.</summary>
public sealed class MetricsEndpointTests(RelayTicketingServer server) : IClassFixture<RelayTicketingServer>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly HttpClient monitoring = server.CreateClient(TicketingServer.MonitoringKey);
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    // Who may read /metrics (401 without a key, 403 for a planner): EndpointAuthorizationTests.
    [Fact]
    public async Task Metrics_AfterPredictionApprovalAndRelay_CountersAndGaugesMove()
    {
        await using var receiver = new DispatchReceiver(RelayTicketingServer.OutboundSecret, server.ReceiverPort);
        await receiver.StartAsync();
        var before = await ScrapeAsync();
        Assert.StartsWith("text/plain; version=0.0.4", before.ContentType, StringComparison.Ordinal);
        Assert.Contains("# TYPE pm_ticketing_tickets gauge\n", before.Text, StringComparison.Ordinal);
        Assert.Contains("# TYPE pm_ticketing_http_requests_total counter\n", before.Text, StringComparison.Ordinal);

        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        await planner.TransitionOkAsync(await posted.ReadTicketAsync(), TransitionEndpointsTests.Approve);
        using var missing = await planner.GetAsync(new Uri($"/api/tickets/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // Created and approved: two events for the dispatch pipeline.
        var after = await Eventually.WaitAsync(
            ScrapeAsync,
            m => Value(m.Text, "pm_ticketing_outbox_delivered_total") >= Value(before.Text, "pm_ticketing_outbox_delivered_total") + 2
                && Value(m.Text, "pm_ticketing_outbox_pending") == 0,
            Patience,
            "the relay to deliver the ticket's events");

        Assert.Equal(Value(before.Text, "pm_ticketing_tickets{state=\"Approved\"}") + 1, Value(after.Text, "pm_ticketing_tickets{state=\"Approved\"}"));
        Assert.Equal(1, Delta("pm_ticketing_ticket_changes_total{action=\"Create\"}"));
        Assert.Equal(1, Delta("pm_ticketing_ticket_changes_total{action=\"Approve\"}"));
        Assert.True(Delta("pm_ticketing_http_requests_total{status_class=\"2xx\"}") >= 3, after.Text);
        Assert.True(Delta("pm_ticketing_http_requests_total{status_class=\"4xx\"}") >= 1, after.Text);
        Assert.Equal(receiver.Applied.Count, Value(after.Text, "pm_ticketing_outbox_delivered_total"));
        Assert.Equal(0, Value(after.Text, "pm_ticketing_outbox_delivery_failures_total"));

        double Delta(string sample) => Value(after.Text, sample) - Value(before.Text, sample, missingIsZero: true);
    }

    public void Dispose()
    {
        monitoring.Dispose();
        predictor.Dispose();
        planner.Dispose();
    }

    private async Task<(string Text, string ContentType)> ScrapeAsync()
    {
        using var response = await monitoring.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType!.ToString());
    }

    private static double Value(string metrics, string sample, bool missingIsZero = false)
    {
        var match = Regex.Match(metrics, "^" + Regex.Escape(sample) + " (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success || missingIsZero, $"{sample} not in:\n{metrics}");
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }
}
