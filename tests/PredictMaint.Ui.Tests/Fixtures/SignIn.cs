using Microsoft.Playwright;

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>Signs in through the real login form, as a person would.</summary>
public static class SignIn
{
    public static async Task AsAsync(IPage page, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Commit, not load: the caller navigates on at once, and under a loaded machine the planner
        // page's load event has been seen to arrive after the 30 s default timeout.
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
    }
}
