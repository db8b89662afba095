namespace Sitrep.Language;

/// <summary>Adds the language layer to a <see cref="PipelineBuilder"/>.</summary>
public static class LanguagePipelineExtensions
{
    /// <summary>Annotates every extracted article with the built-in language layer.</summary>
    public static PipelineBuilder UseDefaultLanguage(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseAnnotator(new LanguageAnnotatorBuilder().Build());
    }
}
