using Sitrep.Evaluation.Geo;
using Sitrep.Language;
using Sitrep.Language.Places;
using Sitrep.Testing;

namespace Sitrep.Evaluation.Tests.Geo;

public sealed class LglEvaluatorTests
{
    [Fact]
    public void The_LGL_reader_keeps_toponyms_with_coordinates_and_their_exact_spans()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("lgl.xml");
        File.WriteAllText(path, """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="1">
                <url>http://example.com/a</url>
                <text><![CDATA[Shelling hit Hama and Nowhereville.]]></text>
                <toponyms>
                  <toponym><start>13</start><end>17</end><phrase>Hama</phrase>
                    <gaztag geonameid="170017"><lat>35.13</lat><lon>36.76</lon></gaztag></toponym>
                  <toponym><start>22</start><end>34</end><phrase>Nowhereville</phrase></toponym>
                </toponyms>
              </article>
            </articles>
            """);
        var article = Assert.Single(LglEvaluator.Load(path));
        var toponym = Assert.Single(article.Toponyms);
        Assert.Equal("Hama", toponym.Span.Slice(article.Text));
        Assert.Equal(170017, toponym.GeoNameId);
        Assert.Equal("http://example.com/a", article.Url);

        var report = LglEvaluator.Evaluate(path, new LanguageAnnotatorBuilder().Build(), PlaceRecognizer.CreateDefault());
        Assert.Equal(1, report.GoldSpans.Scored);
        Assert.Equal(1.0, report.GoldSpans.Within161Km);
    }

    [Fact]
    public void A_file_that_is_not_LGL_is_refused_with_its_name()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("other.xml");
        File.WriteAllText(path, "<root><item/></root>");
        var error = Assert.Throws<FormatException>(() => LglEvaluator.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_120_LGL_articles_resolve_above_the_floor()
    {
        var path = SharedData.PathOrSkip(Path.Combine("eval", "geo", "lgl.xml"));
        var report = LglEvaluator.Evaluate(path, new LanguageAnnotatorBuilder().Build(), PlaceRecognizer.CreateDefault(), limit: 120);
        Assert.Equal(120, report.Articles);
        Assert.True(report.GoldSpans.Within161Km >= Floor, $"gold-span acc@161 {report.GoldSpans.Within161Km:F3} fell below {Floor}");
    }

    private const double Floor = 0.80;
}
