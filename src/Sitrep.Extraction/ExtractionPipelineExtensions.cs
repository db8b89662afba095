using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction;

/// <summary>Registers Sitrep's own decoder and extractors on a <see cref="PipelineBuilder"/>.</summary>
public static class ExtractionPipelineExtensions
{
    /// <summary>Uses <see cref="DocumentDecoder"/>, <see cref="HtmlArticleExtractor"/> and <see cref="PlainTextArticleExtractor"/>.</summary>
    public static PipelineBuilder UseDefaultExtraction(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseDecoder(new DocumentDecoder())
            .UseHtmlExtractor(new HtmlArticleExtractor())
            .UseTextExtractor(new PlainTextArticleExtractor());
    }
}
