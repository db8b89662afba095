using Microsoft.Playwright;
using Sitrep.Testing;

namespace Sitrep.Server.Tests;

/// <summary>
/// Debian's headless Chromium driven by Playwright (its bundled node driver; no browser is ever downloaded).
/// Absent Chromium, the browser tests skip with the reason shown.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The browser used: $SITREP_CHROMIUM, else Debian's.</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("SITREP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string MissingReason => $"Chromium is not installed at {ChromiumPath} (apt-get install chromium, as .ci/run does; or set SITREP_CHROMIUM)";

    /// <summary>Where screenshots go (git-ignored).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(SharedData.RepositoryRoot, "TestResults", "screenshots");

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
