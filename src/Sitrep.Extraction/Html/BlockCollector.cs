using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Extraction.Html;

/// <summary>
/// Walks the DOM once, iteratively (deeply nested pages must not overflow the stack), and cuts its visible text
/// into blocks. Also totals text and link characters per element, bottom-up, so the selector can weigh any
/// subtree in constant time.
/// </summary>
internal sealed class BlockCollector
{
    private readonly List<HtmlBlock> _blocks = [];
    private readonly Dictionary<IElement, ElementTotals> _totals = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _text = new();
    private int _linkChars;
    private int _linkDepth;
    private int _quoteDepth;
    private bool _pendingSpace;

    /// <summary>Per-element character totals of the visible text beneath it.</summary>
    public sealed class ElementTotals
    {
        public int Text;
        public int Links;
    }

    public IReadOnlyList<HtmlBlock> Blocks => _blocks;

    public IReadOnlyDictionary<IElement, ElementTotals> Totals => _totals;

    public static BlockCollector Collect(IElement root)
    {
        var collector = new BlockCollector();
        collector.Walk(root);
        return collector;
    }

    private readonly struct Frame(INode node, int next, IElement? blockOwner)
    {
        public INode Node { get; } = node;
        public int Next { get; } = next;
        public IElement? BlockOwner { get; } = blockOwner;
    }

    private void Walk(IElement root)
    {
        var stack = new Stack<Frame>();
        var blockOwners = new Stack<IElement>();
        blockOwners.Push(root);
        Enter(root, blockOwners);
        stack.Push(new Frame(root, 0, root));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            var children = frame.Node.ChildNodes;
            if (frame.Next < children.Length)
            {
                stack.Push(new Frame(frame.Node, frame.Next + 1, frame.BlockOwner));
                var child = children[frame.Next];
                if (child is IText textNode)
                {
                    AppendText(textNode.Data, (IElement)frame.Node);
                }
                else if (child is IElement element)
                {
                    var tag = element.LocalName;
                    if (DomText.Skipped.Contains(tag) || DomText.IsHidden(element))
                    {
                        continue;
                    }

                    if (tag == "br")
                    {
                        _text.Append('\n');
                        _pendingSpace = false;
                        continue;
                    }

                    if (tag is "td" or "th" && _text.Length > 0 && !_pendingSpace)
                    {
                        // Cells of a row read as one line: "1 Kyle Busch 5000 4".
                        _pendingSpace = true;
                    }

                    Enter(element, blockOwners);
                    stack.Push(new Frame(element, 0, element));
                }

                continue;
            }

            // All children done: leave the element.
            if (frame.Node is IElement done)
            {
                Leave(done, blockOwners);
            }
        }
    }

    private void Enter(IElement element, Stack<IElement> blockOwners)
    {
        _totals[element] = new ElementTotals();
        var tag = element.LocalName;
        if (DomText.BlockLevel.Contains(tag))
        {
            Flush(blockOwners.Peek());
            blockOwners.Push(element);
        }

        if (tag == "a")
        {
            _linkDepth++;
        }
        else if (tag is "blockquote" or "q")
        {
            _quoteDepth++;
        }
    }

    private void Leave(IElement element, Stack<IElement> blockOwners)
    {
        var tag = element.LocalName;
        if (DomText.BlockLevel.Contains(tag))
        {
            Flush(element);
            if (blockOwners.Count > 1)
            {
                blockOwners.Pop();
            }
        }

        if (tag == "a")
        {
            _linkDepth--;
        }
        else if (tag is "blockquote" or "q")
        {
            _quoteDepth--;
        }

        if (element.ParentElement is { } parent && _totals.TryGetValue(parent, out var parentTotals))
        {
            var own = _totals[element];
            parentTotals.Text += own.Text;
            parentTotals.Links += own.Links;
        }
    }

    private void AppendText(string data, IElement owner)
    {
        var added = 0;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append(' ');
                added++;
            }

            _pendingSpace = false;
            _text.Append(c);
            added++;
        }

        if (added == 0)
        {
            return;
        }

        if (_linkDepth > 0)
        {
            _linkChars += added;
        }

        var totals = _totals[owner];
        totals.Text += added;
        if (_linkDepth > 0)
        {
            totals.Links += added;
        }
    }

    private void Flush(IElement owner)
    {
        if (_text.Length == 0)
        {
            _pendingSpace = false;
            return;
        }

        var raw = _text.ToString();
        var linkChars = _linkChars;
        _text.Clear();
        _linkChars = 0;
        _pendingSpace = false;
        var tag = owner.LocalName;
        var kind = DomText.KindOf(tag, _quoteDepth > 0);

        // Two or more line breaks (<br><br>) separate blocks; a single one is a soft break inside a block.
        var parts = raw.Contains("\n\n", StringComparison.Ordinal)
            ? raw.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            : [raw];
        foreach (var part in parts)
        {
            var text = part.Replace('\n', ' ').Replace('\u00A0', ' ').Trim();
            while (text.Contains("  ", StringComparison.Ordinal))
            {
                text = text.Replace("  ", " ", StringComparison.Ordinal);
            }

            if (text.Length == 0)
            {
                continue;
            }

            var share = parts.Length == 1 ? linkChars : (int)((long)linkChars * text.Length / Math.Max(1, raw.Length));
            _blocks.Add(new HtmlBlock(owner, text, Math.Min(share, text.Length), kind, tag));
        }
    }
}
