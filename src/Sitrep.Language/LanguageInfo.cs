namespace Sitrep.Language;

/// <summary>Facts about the language layer shared by its analysers.</summary>
public static class LanguageInfo
{
    /// <summary>The languages the analysers are written for (ISO 639-1).</summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["en"];
}
