using Sitrep.Extraction;
using Sitrep.Language;

namespace Sitrep.Coding.Tests;

/// <summary>The whole pipeline as the CLI builds it, from bytes to coded events and claims, shared by the tests.</summary>
internal static class FullPipeline
{
    public static SitrepPipeline Instance { get; } = new PipelineBuilder().UseDefaultExtraction().UseDefaultLanguage().UseDefaultCoding().Build();
}
