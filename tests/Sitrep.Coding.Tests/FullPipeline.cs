using Sitrep.Language;

namespace Sitrep.Coding.Tests;

/// <summary>The whole pipeline as the CLI builds it, from bytes to coded events and claims, shared by the tests.</summary>
internal static class FullPipeline
{
    public static SitrepPipeline Instance { get; } = new PipelineBuilder()
        .UseDecoder(new Sitrep.Extraction.Decoding.DocumentDecoder())
        .UseHtmlExtractor(new Sitrep.Extraction.Html.HtmlArticleExtractor())
        .UseTextExtractor(new Sitrep.Extraction.Text.PlainTextArticleExtractor())
        .UseDefaultLanguage()
        .UseDefaultCoding()
        .Build();
}
