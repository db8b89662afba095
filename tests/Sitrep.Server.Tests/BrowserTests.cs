using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>The page in a real headless Chromium, over the demo database served by a real Kestrel.</summary>
public sealed class BrowserTests(DemoServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;
    private readonly List<string> _dialogs = [];
    private readonly List<string> _errors = [];
    private readonly List<IBrowserContext> _contexts = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    private async Task<IPage> Open(string query = "")
    {
        Assert.SkipWhen(browser.Browser is null, BrowserFixture.MissingReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => _errors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        await page.GotoAsync(new Uri(server.BaseAddress, "/" + query).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return page;
    }

    private static Task Screenshot(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name) });

    private async Task<JsonElement> Api(string path)
    {
        using var client = server.Client();
        return await client.GetFromJsonAsync<JsonElement>(path, Cancel);
    }

    private static async Task<List<string>> RowValues(IPage page, string attribute)
        => [.. await page.EvalOnSelectorAllAsync<string[]>("#event-list tr.row", $"rows => rows.map(r => r.getAttribute('{attribute}'))")];

    [Fact]
    public async Task The_page_shows_the_demo_events_on_the_map_the_timeline_and_the_list()
    {
        var page = await Open();
        var total = (await Api("/api/events")).GetProperty("total").GetInt32();
        Assert.Equal(total, (await RowValues(page, "data-id")).Count);
        var markers = await page.Locator(".event-marker").CountAsync() + await page.Locator(".cluster").CountAsync();
        Assert.True(markers > 0, "markers or clusters on the map");
        Assert.True(await page.Locator("#map path.leaflet-interactive, #map .leaflet-overlay-pane path").CountAsync() > 0, "the basemap and markers are drawn");
        Assert.True(await page.Locator("#timeline-svg rect.bar").CountAsync() > 0, "timeline bars");
        await Screenshot(page, "overview.png");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Filtering_by_type_filters_the_list_and_the_link_keeps_it()
    {
        var page = await Open();
        await page.SelectOptionAsync("#f-type", "Battles");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#event-list tr.row')].every(r => r.dataset.type === 'Battles')");
        var types = await RowValues(page, "data-type");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("Battles", t));
        Assert.Contains("type=Battles", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator(".event-marker").CountAsync() + await page.Locator(".cluster").CountAsync() > 0);

        // The URL is the state: opening it again shows the same filtered view.
        var shared = page.Url;
        var again = await page.Context.NewPageAsync();
        await again.GotoAsync(shared);
        await again.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal("Battles", await again.InputValueAsync("#f-type"));
        Assert.Equal(types.Count, (await RowValues(again, "data-type")).Count);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Brushing_the_timeline_filters_the_map_and_the_list()
    {
        var page = await Open();
        var total = (await RowValues(page, "data-id")).Count;
        var box = (await page.Locator("#timeline-svg").BoundingBoxAsync())!;
        var y = box.Y + box.Height / 2;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.80f, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.92f, y, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForFunctionAsync("() => new URL(location.href).searchParams.has('from')");

        var url = new Uri(page.Url);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        string from = query["from"]!, to = query["to"]!;
        var dates = await page.EvalOnSelectorAllAsync<string[]>("#event-list tr.row td:first-child", "cells => cells.map(c => c.textContent)");
        Assert.InRange(dates.Length, 1, total - 1);
        Assert.All(dates, d => Assert.InRange(d, from, to));
        Assert.Equal(from, await page.InputValueAsync("#f-from"));
        Assert.Equal(dates.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("body", "data-visible-events"));
        Assert.True(await page.Locator("#timeline-svg rect.bar.in").CountAsync() > 0, "bars inside the brush are shaded");
        await Screenshot(page, "brushed.png");

        await page.ClickAsync("#timeline-svg");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#event-list tr.row').length === {total}");
        Assert.DoesNotContain("from=", page.Url, StringComparison.Ordinal);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Clicking_an_event_leads_to_its_evidence_highlighted_in_the_article()
    {
        var top = (await Api("/api/events?sort=corroboration&limit=1")).GetProperty("items")[0];
        var id = top.GetProperty("id").GetInt64();
        var detail = await Api($"/api/events/{id}");
        var report = detail.GetProperty("reports")[0];

        var page = await Open();
        await page.ClickAsync($"#event-list tr[data-id='{id}']");
        await page.WaitForSelectorAsync($"#event-panel[data-event='{id}']");
        Assert.Equal(detail.GetProperty("reports").GetArrayLength(), await page.Locator("#event-panel .report").CountAsync());
        Assert.Contains($"{top.GetProperty("corroboration").GetInt32()} independent source", await page.TextContentAsync("#corroboration"), StringComparison.Ordinal);

        await page.Locator("#event-panel .report").First.Locator("button[data-field=trigger]").ClickAsync();
        await page.WaitForSelectorAsync("#article-body .seg.evidence");
        var evidence = await page.EvalOnSelectorAllAsync<string[]>("#article-body .seg.evidence", "segs => segs.map(s => s.textContent)");
        Assert.Equal(report.GetProperty("triggerText").GetString(), string.Concat(evidence));
        Assert.Equal(report.GetProperty("documentId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            await page.GetAttributeAsync("#article-body", "data-article"));
        Assert.True(await page.Locator("#article-body .seg.evidence").First.IsVisibleAsync(), "scrolled into view");
        Assert.Contains("span=", page.Url, StringComparison.Ordinal);

        // Another field of the same report: the place it names, highlighted where the article names it.
        if (report.GetProperty("evidence").TryGetProperty("location", out var place))
        {
            await page.Locator("#event-panel .report").First.Locator("button[data-field=location]").ClickAsync();
            await page.WaitForFunctionAsync($"() => document.getElementById('reader').dataset.evidence === '{place.GetProperty("start").GetInt32()}-{place.GetProperty("end").GetInt32()}'");
            Assert.True(await page.Locator("#article-body .seg.evidence.hl-place").CountAsync() > 0, "the place span is a highlighted place");
        }

        // The map animates its zoom to the event; the screenshot (an artifact, not an assertion) waits for it to settle.
        await page.WaitForTimeoutAsync(800);
        await Screenshot(page, "evidence.png");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_shared_link_reopens_the_event_the_article_and_the_span()
    {
        var top = (await Api("/api/events?sort=corroboration&limit=1")).GetProperty("items")[0];
        var report = (await Api($"/api/events/{top.GetProperty("id").GetInt64()}")).GetProperty("reports")[0];
        var trigger = report.GetProperty("trigger");
        var page = await Open($"?event={top.GetProperty("id").GetInt64()}&article={report.GetProperty("documentId").GetInt64()}" +
            $"&span={trigger.GetProperty("start").GetInt32()}-{trigger.GetProperty("end").GetInt32()}");
        await page.WaitForSelectorAsync("#article-body .seg.evidence");
        var evidence = await page.EvalOnSelectorAllAsync<string[]>("#article-body .seg.evidence", "segs => segs.map(s => s.textContent)");
        Assert.Equal(report.GetProperty("triggerText").GetString(), string.Concat(evidence));
        Assert.Equal(1, await page.Locator("#event-panel[data-event]").CountAsync());
    }

    [Fact]
    public async Task Hostile_pages_are_shown_as_inert_text()
    {
        var hostile = (await Api("/api/articles?limit=1000")).GetProperty("items").EnumerateArray()
            .Where(a => a.GetProperty("title").GetString() is { } t && (t.StartsWith("Geolocating the Abu Kamal", StringComparison.Ordinal) || t.StartsWith("Hostile markup fixture", StringComparison.Ordinal)))
            .Select(a => a.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(2, hostile.Count);
        foreach (var id in hostile)
        {
            var page = await Open($"?article={id}");
            await page.WaitForSelectorAsync($"#article-body[data-article='{id}']");
            await page.ClickAsync("details.boilerplate summary");
            await page.HoverAsync(".comments");
            await page.WaitForTimeoutAsync(300);
            Assert.Empty(_dialogs);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
            Assert.Equal(0, await page.Locator("#reader script, #reader img, #reader iframe, #reader svg, #reader [onerror], #reader [onload], #reader [onmouseover]").CountAsync());
            Assert.Equal(0, await page.Locator("a[href^='javascript:' i]").CountAsync());
            Assert.True(await page.Locator(".comments .comment .who").CountAsync() > 0, "reader comments are shown apart and marked");
            await Screenshot(page, $"hostile-{id}.png");
        }

        var fixture = await (await Open($"?article={server.HostileFixtureId}")).TextContentAsync("#article-body");
        Assert.Contains("<script>window.__xss = 'escaped'; alert('escaped-script')</script>", fixture, StringComparison.Ordinal);
        Assert.Empty(_dialogs);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_disputes_board_shows_each_side_and_leads_to_the_claim_in_its_article()
    {
        var page = await Open();
        await page.ClickAsync("#tab-disputes");
        await page.WaitForSelectorAsync("#disputes .dispute");
        Assert.Contains("view=disputes", page.Url, StringComparison.Ordinal);
        Assert.False(await page.IsVisibleAsync("#map"));
        var dispute = page.Locator("#disputes .dispute").First;
        Assert.True(await dispute.Locator(".side").CountAsync() >= 2, "a dispute shows at least two sides");
        await Screenshot(page, "disputes.png");

        await dispute.Locator(".field-link").First.ClickAsync();
        await page.WaitForSelectorAsync("#article-body .seg.evidence");
        Assert.True(await page.Locator("#article-body .seg.evidence").First.IsVisibleAsync(), "the claim's words are highlighted and in view");
        Assert.Empty(_errors);
    }
}
