using Sitrep.Coding;
using Sitrep.Extraction;
using Sitrep.Language;

namespace Sitrep.Server;

/// <summary>
/// The full pipeline (extraction, language layer, coding) that <c>sitrep ingest</c> and <c>POST /api/documents</c>
/// share, so a page posted to the server is read exactly as one ingested from a file.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>Builds the pipeline with <paramref name="time"/> as its clock.</summary>
    public static SitrepPipeline Create(TimeProvider time)
        => new PipelineBuilder().UseDefaultExtraction().UseDefaultLanguage().UseDefaultCoding().UseTimeProvider(time).Build();
}
