using System.Net;
using Microsoft.Playwright;
using PredictMaint.Ui.Tests.Fixtures;

namespace PredictMaint.Ui.Tests.Web;

[Collection(UiGroup.Name)]
public sealed class PlannerPagesTests(UiServer server)
{
    [Fact]
    public async Task QueuePage_WithoutSignIn_RedirectsToLogin()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/planner");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        Assert.Equal(0, await page.Locator("#queue").CountAsync());
    }

    [Fact]
    public async Task Api_WithoutKey_StillAnswers401NotARedirect()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync(new Uri("/api/tickets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndStaysSignedOut()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");

        await page.GetByLabel("Name").FillAsync(UiServer.PlannerName);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not right");
        await page.GotoAsync("/planner");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_PlannerSelectsAndApproves_TicketApprovedThroughWorkflow()
    {
        var device = Predictions.NewDeviceId();
        var urgent = await server.ProposeAsync(Predictions.For(device, server.Clock.Now, leadTimeDays: 2));
        var later = await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now, leadTimeDays: 30));
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.PlannerName, UiServer.PlannerPassword);

        await page.GotoAsync("/planner?site=site-ui");
        var rows = page.Locator("#queue tbody tr");
        var order = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.ticket)");
        Assert.True(Array.IndexOf(order, urgent.ToString()) < Array.IndexOf(order, later.ToString()), "the sooner failure is listed first");
        await Screenshots.SaveAsync(page, "queue");
        await page.Locator($"tr[data-ticket='{urgent}'] input[type=checkbox]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve selected" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Proposed → Approved");
        Assert.Equal("Approved", await server.StateOfAsync(urgent));
        Assert.Equal("Proposed", await server.StateOfAsync(later));
        Assert.Equal(0, await page.Locator($"tr[data-ticket='{urgent}']").CountAsync());
    }

    [Fact]
    public async Task Queue_RejectWithoutReason_RefusedAndTicketStaysProposed()
    {
        var id = await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now));
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.PlannerName, UiServer.PlannerPassword);
        await page.GotoAsync("/planner?site=site-ui");

        await page.Locator($"tr[data-ticket='{id}'] input[type=checkbox]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject selected" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("reject reason");
        Assert.Equal("Proposed", await server.StateOfAsync(id));

        await page.Locator($"tr[data-ticket='{id}'] input[type=checkbox]").CheckAsync();
        await page.GetByLabel("Reject reason").SelectOptionAsync("FalseAlarm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject selected" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Proposed → Rejected");
        Assert.Equal("Rejected", await server.StateOfAsync(id));
    }

    [Fact]
    public async Task TicketPage_ShowsReasonAndAudit_ApproveAddsAuditRecord()
    {
        var id = await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now));
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.PlannerName, UiServer.PlannerPassword);

        await page.GotoAsync($"/planner/tickets/{id}");
        await Assertions.Expect(page.Locator("#reason")).ToContainTextAsync("Pressure drop across the filter doubled");
        await Assertions.Expect(page.Locator("#audit-trail tbody tr")).ToHaveCountAsync(1);
        var historyPoints = await page.Locator("#evidence-chart polyline.history").GetAttributeAsync("points");
        Assert.Equal(Predictions.HistoryPoints, historyPoints!.Split(' ').Length);
        Assert.Equal(1, await page.Locator("#evidence-chart line.threshold").CountAsync());
        Assert.Equal(1, await page.Locator("#evidence-chart rect.failure-window").CountAsync());
        await Screenshots.SaveAsync(page, "ticket");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Approved");
        await Assertions.Expect(page.Locator("#audit-trail tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#audit-trail tbody tr").Last).ToContainTextAsync(UiServer.PlannerName);

        await page.GetByLabel("Priority").SelectOptionAsync("P1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change priority" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Priority is now P1");
        await Assertions.Expect(page.Locator("#audit-trail tbody tr").Last).ToContainTextAsync("PriorityP1");
        Assert.Equal("P1", (await server.TicketAsync(id)).GetProperty("priority").GetString());
    }

    [Fact]
    public async Task TicketPage_Technician_NoApproveButtonAndForcedPostRefusedByWorkflow()
    {
        var id = await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now));
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.TechnicianName, UiServer.TechnicianPassword);

        await page.GotoAsync($"/planner/tickets/{id}");
        Assert.Equal(0, await page.Locator("#approve").CountAsync());
        Assert.Equal(0, await page.Locator("#change-priority").CountAsync());
        // Bypass the hidden button: post the approve form with the technician's own session and token.
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var response = await page.APIRequest.PostAsync($"/planner/tickets/{id}?handler=Approve", new()
        {
            Form = context.APIRequest.CreateFormData().Set("version", "1").Set("__RequestVerificationToken", token),
        });

        Assert.True(response.Ok, $"the page answered {response.Status}");
        Assert.Contains("may not Approve", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("Proposed", await server.StateOfAsync(id));
    }
}
