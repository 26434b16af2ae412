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
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }
}
