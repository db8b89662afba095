namespace Sitrep.Language.Tests;

public sealed class LanguageInfoTests
{
    [Fact]
    public void English_is_supported() => Assert.Contains("en", LanguageInfo.SupportedLanguages);
}
