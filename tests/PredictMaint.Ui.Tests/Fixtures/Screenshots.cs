using Microsoft.Playwright;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>Saves full-page screenshots as artifacts/screenshots/&lt;page&gt;.png (git-ignored).</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
