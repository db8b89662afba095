using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;
using Sitrep.Extraction.Text;
using Sitrep.Testing;

namespace Sitrep.Extraction.Tests.Golden;

/// <summary>
/// Article in, expected JSON out: every page of the demo corpus (written by the project) is extracted and compared
/// with its expected output under Golden/expected/. Set SITREP_UPDATE_GOLDEN=1 to rewrite the expected files after a
/// deliberate change, then review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    private static readonly string Pages = Path.Combine(SharedData.RepositoryRoot, "demo", "corpus", "pages");
    private static readonly string Expected = Path.Combine(SharedData.RepositoryRoot, "tests", "Sitrep.Extraction.Tests", "Golden", "expected");

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(Pages).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                data.Add(file!);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Extraction_matches_the_expected_json(string file)
    {
        var path = Path.Combine(Pages, file);
        byte[] bytes;
        using (var stream = File.OpenRead(path))
        using (var input = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream)
        using (var memory = new MemoryStream())
        {
            input.CopyTo(memory);
            bytes = memory.ToArray();
        }

        var kind = file.Contains(".htm", StringComparison.Ordinal) ? ContentKind.Html : ContentKind.Text;
        var decoded = new DocumentDecoder().Decode(new RawDocument(file, kind, bytes));
        IArticleExtractor extractor = kind == ContentKind.Html ? new HtmlArticleExtractor() : new PlainTextArticleExtractor();
        var article = extractor.Extract(decoded);
        var actual = JsonSerializer.Serialize(new
        {
            title = article.Title,
            published = article.Published?.IsoDate,
            publishedEvidence = article.Published?.Evidence,
            outlet = article.Outlet,
            author = article.Author,
            language = article.Language,
            encoding = decoded.Encoding,
            paragraphs = article.Paragraphs.Select(p => new { kind = p.Kind.ToString(), text = p.Span.Slice(article.Body) }),
            comments = article.Comments.Select(c => new { author = c.Author, text = c.Text }),
            boilerplate = article.Boilerplate.Select(b => new { reason = b.Reason.ToString(), text = b.Text }),
        }, Json).ReplaceLineEndings("\n");

        var expectedPath = Path.Combine(Expected, file + ".expected.json");
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Expected);
            File.WriteAllText(expectedPath, actual + "\n");
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: run the tests once with SITREP_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n").TrimEnd('\n');
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail($"{file}: extraction differs from {Path.GetFileName(expectedPath)} at line {first + 1}:\n" +
                $"  expected: {(first < expectedLines.Length ? expectedLines[first] : "(end)")}\n" +
                $"  actual:   {(first < actualLines.Length ? actualLines[first] : "(end)")}\n" +
                "If the change is intended, rerun with SITREP_UPDATE_GOLDEN=1 and review the diff.");
        }
    }
}
