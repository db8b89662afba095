using System.Text.Json;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Text;
using Sitrep.Testing;

namespace Sitrep.Extraction.Tests.Seeds;

/// <summary>
/// The five real seed articles must be segmented as the hand-made gold says (../shared/gold/README.md): title, date,
/// body bounds, paragraph count, boilerplate and comments. Seed and gold text are read at run time, never copied.
/// </summary>
public sealed class SeedGoldTests
{
    public static TheoryData<string> Seeds => new()
    {
        "000_fea9d7df1789843d", "001_a69fb4a3c97956ca", "002_c9753a411fc09999", "003_e4394a96d2e2d417", "004_3737af59ff879c0f",
    };

    private static (Article Article, JsonElement Gold) Run(string seed)
    {
        var seedPath = SharedData.PathOrSkip(Path.Combine("seeds", seed + ".txt"));
        var goldPath = SharedData.PathOrSkip(Path.Combine("gold", seed + ".json"));
        var raw = new RawDocument(seedPath, ContentKind.Text, File.ReadAllBytes(seedPath));
        var article = new PlainTextArticleExtractor().Extract(new DocumentDecoder().Decode(raw));
        return (article, JsonDocument.Parse(File.ReadAllText(goldPath)).RootElement.Clone());
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Title_and_publication_date_match_the_gold(string seed)
    {
        var (article, gold) = Run(seed);
        Assert.Equal(Text(gold, "title"), article.Title);
        Assert.Equal(Text(gold, "published"), article.Published?.IsoDate);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Body_starts_and_ends_where_the_gold_says_with_the_gold_paragraph_count(string seed)
    {
        var (article, gold) = Run(seed);
        var body = gold.GetProperty("body");
        var paragraphs = article.Paragraphs.Where(p => p.Kind != BlockKind.Heading).Select(p => p.Span.Slice(article.Body)).ToList();
        Assert.StartsWith(body.GetProperty("first_sentence").GetString()!, paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith(body.GetProperty("last_sentence").GetString()!, paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("paragraph_count").GetInt32(), paragraphs.Count);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Boilerplate_lines_are_not_in_the_body_and_event_and_claim_evidence_is(string seed)
    {
        var (article, gold) = Run(seed);
        var bodyLines = article.ParagraphTexts.ToHashSet(StringComparer.Ordinal);
        foreach (var line in gold.GetProperty("boilerplate").EnumerateArray().Select(l => l.GetString()!.Trim()))
        {
            Assert.DoesNotContain(line, bodyLines);
        }

        foreach (var section in (string[])["events", "claims"])
        {
            foreach (var item in gold.GetProperty(section).EnumerateArray())
            {
                var evidence = item.GetProperty("evidence").GetString()!;
                Assert.True(article.Body.Contains(evidence, StringComparison.Ordinal), $"{section} evidence missing from the body: {evidence}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Paragraphs_point_at_their_exact_source_text(string seed)
    {
        var (article, _) = Run(seed);
        var source = File.ReadAllText(SharedData.PathOrSkip(Path.Combine("seeds", seed + ".txt")));
        foreach (var paragraph in article.Paragraphs)
        {
            Assert.Equal(paragraph.Span.Slice(article.Body), paragraph.SourceSpan!.Value.Slice(source));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reader_comments_are_kept_apart_as_the_gold_says(string seed)
    {
        var (article, gold) = Run(seed);
        var comments = gold.GetProperty("comments");
        Assert.Equal(comments.GetProperty("present").GetBoolean(), article.Comments.Count > 0);
        if (article.Comments.Count == 0)
        {
            return;
        }

        Assert.StartsWith(comments.GetProperty("first_line").GetString()!, article.Comments[0].Text, StringComparison.Ordinal);
        var expected = comments.GetProperty("count_estimate").GetInt32();
        Assert.InRange(article.Comments.Count, (int)Math.Floor(expected * 0.8), (int)Math.Ceiling(expected * 1.2));
        foreach (var comment in article.Comments)
        {
            Assert.DoesNotContain(comment.Text, article.Body, StringComparison.Ordinal);
        }
    }
}
