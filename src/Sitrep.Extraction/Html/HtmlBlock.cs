using AngleSharp.Dom;

namespace Sitrep.Extraction.Html;

/// <summary>A run of text that the page lays out as one block, with what the DOM says about it.</summary>
internal sealed class HtmlBlock(IElement element, string text, int linkChars, BlockKind kind, string tag)
{
    /// <summary>The innermost block-level element holding the text.</summary>
    public IElement Element { get; } = element;

    public string Text { get; } = text;

    /// <summary>Characters of the text that sit inside links.</summary>
    public int LinkChars { get; } = linkChars;

    public BlockKind Kind { get; } = kind;

    /// <summary>Lower-case tag name of <see cref="Element"/>.</summary>
    public string Tag { get; } = tag;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
