using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Extraction.Html;

/// <summary>
/// Finds the element that holds the article (scoring containers by the paragraphs beneath them, weighted by class
/// names and link density), widens it to sibling containers that carry article text too, and decides for every
/// block whether it is body or boilerplate.
/// </summary>
internal static partial class ContentSelector
{
    private const int MaxAncestorWalk = 256;

    public sealed record Decision(HtmlBlock Block, bool IsBody, BoilerplateReason Reason);

    public static IReadOnlyList<Decision> Select(BlockCollector collected, IElement body)
    {
        var roots = ChooseRoots(collected, body);
        var decisions = Decide(collected, roots, useClassNames: true);

        // Class names are a strong hint but sometimes wrong (a theme that calls its article wrapper "teaser-card"):
        // when they would leave almost nothing of the chosen content, decide again on structure and text alone.
        var kept = decisions.Where(d => d.IsBody).Sum(d => d.Block.Text.Length);
        var available = roots.Sum(r => collected.Totals.TryGetValue(r, out var t) ? t.Text - t.Links : 0);
        if (available > 500 && kept < available * 0.2)
        {
            var retry = Decide(collected, roots, useClassNames: false);
            if (retry.Where(d => d.IsBody).Sum(d => d.Block.Text.Length) > kept * 2)
            {
                decisions = retry;
            }
        }

        AdoptInterleavedParagraphs(decisions);
        return decisions;
    }

    /// <summary>
    /// A long, link-free paragraph lying between the article's first and last body blocks, outside every chosen root
    /// and every navigation or aside element, is article text the container scoring split off (a section rendered in
    /// a sibling wrapper, a paragraph after an embedded widget).
    /// </summary>
    private static void AdoptInterleavedParagraphs(List<Decision> decisions)
    {
        var first = decisions.FindIndex(d => d.IsBody);
        var last = decisions.FindLastIndex(d => d.IsBody);
        for (var i = first + 1; i < last; i++)
        {
            var decision = decisions[i];
            var block = decision.Block;
            if (decision.IsBody || decision.Reason != BoilerplateReason.Other || block.Tag != "p" || block.Text.Length < 60
                || block.LinkDensity > 0.1 || !EndsSentence(block.Text) || NegativeBetween(block.Element, block.Element.Owner!.DocumentElement, useClassNames: true) is not null)
            {
                continue;
            }

            decisions[i] = decision with { IsBody = true };
        }
    }

    private static List<Decision> Decide(BlockCollector collected, HashSet<IElement> roots, bool useClassNames)
    {
        var blocks = collected.Blocks;
        var decisions = new List<Decision>(blocks.Count);
        foreach (var block in blocks)
        {
            if (!IsUnder(block.Element, roots, out var root))
            {
                decisions.Add(new Decision(block, false, ReasonOutside(block)));
                continue;
            }

            var negative = NegativeBetween(block.Element, root!, useClassNames);
            if (negative is { } reason)
            {
                decisions.Add(new Decision(block, false, reason));
                continue;
            }

            if (block.LinkDensity > 0.5 && block.Text.Length < 300 && block.Kind != BlockKind.Heading)
            {
                decisions.Add(new Decision(block, false, BoilerplateReason.RelatedLinks));
                continue;
            }

            if (block.Kind == BlockKind.Heading && block.LinkDensity > 0.9)
            {
                decisions.Add(new Decision(block, false, BoilerplateReason.RelatedLinks));
                continue;
            }

            if (Boilerplate.BoilerplateRules.Classify(block.Text) is { } rule)
            {
                decisions.Add(new Decision(block, false, rule));
                continue;
            }

            decisions.Add(new Decision(block, true, BoilerplateReason.Other));
        }

        return decisions;
    }

    private static BoilerplateReason ReasonOutside(HtmlBlock block)
    {
        if (Boilerplate.BoilerplateRules.Classify(block.Text) is { } rule)
        {
            return rule;
        }

        for (var e = block.Element; e is not null; e = e.ParentElement)
        {
            switch (e.LocalName)
            {
                case "nav":
                    return BoilerplateReason.Navigation;
                case "footer" or "header":
                    return BoilerplateReason.Navigation;
                case "aside":
                    return BoilerplateReason.RelatedLinks;
                case "figure" or "figcaption":
                    return BoilerplateReason.ImageCaption;
                case "body":
                    return block.LinkDensity > 0.5 ? BoilerplateReason.Navigation : BoilerplateReason.Other;
            }
        }

        return BoilerplateReason.Other;
    }

    /// <summary>The reason a block is boilerplate because of an element between it and the content root.</summary>
    private static BoilerplateReason? NegativeBetween(IElement element, IElement root, bool useClassNames)
    {
        var steps = 0;
        for (var e = element; e is not null && !ReferenceEquals(e, root) && steps < MaxAncestorWalk; e = e.ParentElement, steps++)
        {
            switch (e.LocalName)
            {
                case "nav":
                    return BoilerplateReason.Navigation;
                case "aside":
                    return BoilerplateReason.RelatedLinks;
                case "figcaption":
                    return BoilerplateReason.ImageCaption;
                case "figure" when e.QuerySelector("table") is null:
                    return BoilerplateReason.ImageCaption;
                case "footer":
                    return BoilerplateReason.Navigation;
                case "form" when e.QuerySelector("input[type=email]") is not null:
                    return BoilerplateReason.Social;
            }

            var signature = useClassNames ? DomText.Signature(e) : "";
            if (signature.Length > 0 && NegativeReason(signature) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    private static BoilerplateReason? NegativeReason(string signature)
    {
        if (!Negative().IsMatch(signature) || Positive().IsMatch(signature) && !StrongNegative().IsMatch(signature))
        {
            return null;
        }

        if (signature.Contains("comment", StringComparison.Ordinal) || signature.Contains("disqus", StringComparison.Ordinal))
        {
            return BoilerplateReason.CommentWidget;
        }

        if (signature.Contains("share", StringComparison.Ordinal) || signature.Contains("social", StringComparison.Ordinal)
            || signature.Contains("newsletter", StringComparison.Ordinal) || signature.Contains("subscri", StringComparison.Ordinal))
        {
            return BoilerplateReason.Social;
        }

        if (signature.Contains("caption", StringComparison.Ordinal) || signature.Contains("credit", StringComparison.Ordinal))
        {
            return BoilerplateReason.ImageCaption;
        }

        if (signature.Contains("paywall", StringComparison.Ordinal) || signature.Contains("premium", StringComparison.Ordinal))
        {
            return BoilerplateReason.Paywall;
        }

        if (signature.Contains("donat", StringComparison.Ordinal))
        {
            return BoilerplateReason.Donation;
        }

        if (signature.Contains("bio", StringComparison.Ordinal) || signature.Contains("author", StringComparison.Ordinal))
        {
            return BoilerplateReason.AuthorBio;
        }

        if (AdToken().IsMatch(signature))
        {
            return BoilerplateReason.Advertising;
        }

        return signature.Contains("nav", StringComparison.Ordinal) || signature.Contains("menu", StringComparison.Ordinal)
            || signature.Contains("breadcrumb", StringComparison.Ordinal)
            ? BoilerplateReason.Navigation
            : BoilerplateReason.RelatedLinks;
    }

    [GeneratedRegex(@"comment|disqus|share|sharing|social|related|recommend|sidebar|side-bar|newsletter|subscri|promo|sponsor|breadcrumb|cookie|consent|popup|modal|outbrain|taboola|trending|popular|most-read|mostread|footer|masthead|navbar|\bnav\b|navigation|menu|caption|credit|toolbar|pagination|pager|signup|sign-up|paywall|premium-box|donat|author-bio|authorbio|about-author|author-box|byline|\btags?\b|tag-list|taglist|keywords|more-stories|morestories|read-more|readmore|next-article|prev-article|banner|\bads?\b|\bad-|-ad\b|advert|dfp|gpt|related|teaser|card-list|screen-reader|sr-only|visually-hidden|lightbox|gallery|slideshow|carousel|video-player|player|podcast|audio", RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"comment|disqus|share|social|newsletter|subscri|sidebar|breadcrumb|cookie|outbrain|taboola|footer|navbar|paywall|donat|author-bio|sr-only|screen-reader|visually-hidden|advert|related", RegexOptions.CultureInvariant)]
    private static partial Regex StrongNegative();

    [GeneratedRegex(@"article-?body|articlebody|article-content|article__body|article-text|story-body|storybody|story-content|entry-content|post-content|post-body|postbody|main-content|content-body|rich-?text|prose|body-text|bodytext|td-post-content|field-body|text-body|article__content|c-entry-content|news-content|single-content", RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|adsense|dfp|gpt)(?:$|[\s_-])", RegexOptions.CultureInvariant)]
    private static partial Regex AdToken();

    [GeneratedRegex(@"(?:^|[\s_-])(?:article|content|entry|post|story|body|text|main|blog|prose|news|single)(?:$|[\s_-])|articlebody", RegexOptions.CultureInvariant)]
    private static partial Regex MildPositive();

    private static bool IsUnder(IElement element, HashSet<IElement> roots, out IElement? root)
    {
        var steps = 0;
        for (var e = element; e is not null && steps < 4 * MaxAncestorWalk; e = e.ParentElement, steps++)
        {
            if (roots.Contains(e))
            {
                root = e;
                return true;
            }
        }

        root = null;
        return false;
    }

    /// <summary>Scores candidate containers and returns the article's root element(s).</summary>
    private static HashSet<IElement> ChooseRoots(BlockCollector collected, IElement body)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var block in collected.Blocks)
        {
            if (block.Kind == BlockKind.Heading || block.Text.Length < 25 || block.LinkDensity > 0.5)
            {
                continue;
            }

            var score = 1.0 + CountCommas(block.Text) + Math.Min(block.Text.Length / 100.0, 3.0);
            if (block.Text.Length > 80 && EndsSentence(block.Text))
            {
                score += 1;
            }

            var container = block.Tag is "p" or "pre" or "li" or "dd" or "h2" or "h3" or "blockquote" ? block.Element.ParentElement : block.Element;
            if (block.Tag == "li")
            {
                score *= 0.5;
                container = container?.ParentElement;
            }

            double[] weights = [1.0, 0.5, 1.0 / 3];
            var level = 0;
            for (var e = container; e is not null && level < weights.Length; e = e.ParentElement, level++)
            {
                scores[e] = scores.GetValueOrDefault(e) + score * weights[level];
            }
        }

        IElement? best = null;
        var bestScore = double.MinValue;
        var finals = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var (element, raw) in scores)
        {
            var final = (raw + TagBonus(element)) * (1 - LinkDensity(collected, element));
            finals[element] = final;
            if (final > bestScore)
            {
                best = element;
                bestScore = final;
            }
        }

        var roots = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        if (best is null)
        {
            roots.Add(body);
            return roots;
        }

        // A container holding only a small part of its parent's paragraph text is usually one of several sibling
        // sections of the same article: climb while the parent holds much more body-like text with low link density.
        best = Climb(collected, best, finals);
        best = Widen(collected, best, body);
        roots.Add(best);
        AddSameTemplateSections(collected, best, finals, roots);
        if (best.ParentElement is { } parent)
        {
            var threshold = Math.Max(10, finals.GetValueOrDefault(best) * 0.2);
            foreach (var sibling in parent.Children)
            {
                if (ReferenceEquals(sibling, best) || DomText.Skipped.Contains(sibling.LocalName))
                {
                    continue;
                }

                var density = LinkDensity(collected, sibling);
                if (finals.GetValueOrDefault(sibling) >= threshold && density < 0.3)
                {
                    roots.Add(sibling);
                }
                else if (sibling.LocalName == "p" && collected.Totals.TryGetValue(sibling, out var t))
                {
                    var text = sibling.TextContent.Trim();
                    if ((t.Text > 80 && density < 0.25) || (t.Text > 0 && t.Text <= 80 && density == 0 && EndsSentence(text)))
                    {
                        roots.Add(sibling);
                    }
                }
            }
        }

        return roots;
    }

    /// <summary>
    /// Long articles are often cut into sections rendered by the same template (same class list), with figures or
    /// pull quotes between them at different depths; every such section with real text belongs to the article.
    /// </summary>
    private static void AddSameTemplateSections(BlockCollector collected, IElement best, Dictionary<IElement, double> finals, HashSet<IElement> roots)
    {
        var signature = best.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(signature))
        {
            return;
        }

        var threshold = Math.Max(3, finals.GetValueOrDefault(best) * 0.05);
        foreach (var (element, score) in finals)
        {
            if (score >= threshold && element.LocalName == best.LocalName && !ReferenceEquals(element, best)
                && string.Equals(element.GetAttribute("class"), signature, StringComparison.Ordinal) && LinkDensity(collected, element) < 0.3
                && !IsUnder(element, roots, out _))
            {
                roots.Add(element);
            }
        }
    }

    /// <summary>
    /// Paragraph scores reach only three levels up, so an article whose sections sit in deeply wrapped sibling
    /// blocks (listicles, sectioned guides, one component per paragraph group) never adds up in a common container,
    /// and the best-scoring node is one section. When the node holds a minority of the page's prose, take the
    /// nearest ancestor that holds most of it.
    /// </summary>
    private static IElement Widen(BlockCollector collected, IElement best, IElement body)
    {
        var prose = ProseTotals(collected, body);
        var total = prose.GetValueOrDefault(body);

        // The node's own readable text, not only its prose: a node whose text the prose test does not recognise
        // (an article inside a "newsletter" wrapper) is not a fragment.
        var own = Math.Max(prose.GetValueOrDefault(best), collected.Totals.TryGetValue(best, out var t) ? t.Text - t.Links : 0);
        if (total == 0 || own >= total * 0.5)
        {
            return best;
        }

        var steps = 0;
        for (var e = best.ParentElement; e is not null && e.LocalName is not ("body" or "html") && steps < MaxAncestorWalk; e = e.ParentElement, steps++)
        {
            var held = prose.GetValueOrDefault(e);
            if (held >= total * 0.6 && held >= own * 2 && LinkDensity(collected, e) < 0.35)
            {
                return e;
            }
        }

        return best;
    }

    /// <summary>Characters of prose-like blocks (not headings, few links, outside navigation and widgets) beneath each element.</summary>
    private static Dictionary<IElement, int> ProseTotals(BlockCollector collected, IElement body)
    {
        var prose = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        foreach (var block in collected.Blocks)
        {
            if (block.Kind == BlockKind.Heading || block.Text.Length < 40 || block.LinkDensity > 0.3 || Truncated(block.Text)
                || InWidget(collected, block.Element, body))
            {
                continue;
            }

            var steps = 0;
            for (var e = block.Element; e is not null && steps < 4 * MaxAncestorWalk; e = e.ParentElement, steps++)
            {
                prose[e] = prose.GetValueOrDefault(e) + block.Text.Length;
            }
        }

        return prose;
    }

    /// <summary>
    /// Whether the element lies in navigation or a widget. An element holding most of the page's text is a layout
    /// wrapper whatever its class says ("wsmenucontainer", "has-sidebar"), so only smaller elements' class names count.
    /// </summary>
    private static bool InWidget(BlockCollector collected, IElement element, IElement body)
    {
        var pageText = collected.Totals.TryGetValue(body, out var b) ? b.Text : 0;
        var steps = 0;
        for (var e = element; e is not null && !ReferenceEquals(e, body) && steps < MaxAncestorWalk; e = e.ParentElement, steps++)
        {
            if (NegativeBetween(e, e.ParentElement ?? e, useClassNames: false) is not null)
            {
                return true;
            }

            if (collected.Totals.TryGetValue(e, out var t) && t.Text < pageText * 0.5 && DomText.Signature(e) is { Length: > 0 } signature
                && NegativeReason(signature) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static IElement Climb(BlockCollector collected, IElement best, Dictionary<IElement, double> finals)
    {
        for (var i = 0; i < 3; i++)
        {
            var parent = best.ParentElement;
            if (parent is null || parent.LocalName is "body" or "html" || !collected.Totals.TryGetValue(parent, out var parentTotals)
                || !collected.Totals.TryGetValue(best, out var ownTotals))
            {
                break;
            }

            var parentScore = finals.GetValueOrDefault(parent);
            var ownScore = finals.GetValueOrDefault(best);
            var parentDensity = LinkDensity(collected, parent);
            if (parentScore > ownScore * 1.25 && parentDensity < 0.25 && ownTotals.Text < parentTotals.Text * 0.7)
            {
                best = parent;
            }
            else
            {
                break;
            }
        }

        return best;
    }

    private static double TagBonus(IElement element)
    {
        var bonus = element.LocalName switch
        {
            "article" => 10,
            "main" => 5,
            "div" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "form" or "ol" or "ul" or "dl" => -3,
            "body" => -5,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" or "address" => -5,
            _ => 0,
        };
        var signature = DomText.Signature(element);
        if (signature.Length > 0)
        {
            if (Positive().IsMatch(signature))
            {
                bonus += 25;
            }
            else if (MildPositive().IsMatch(signature))
            {
                bonus += 8;
            }

            if (Negative().IsMatch(signature) && !Positive().IsMatch(signature))
            {
                bonus -= 25;
            }
        }

        return bonus;
    }

    private static double LinkDensity(BlockCollector collected, IElement element)
        => collected.Totals.TryGetValue(element, out var t) && t.Text > 0 ? (double)t.Links / t.Text : 0;

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '،' or '，')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A teaser's excerpt, cut off mid-sentence or with an ellipsis.</summary>
    private static bool Truncated(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith(',') || t.EndsWith(';') || t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith('…') || t.EndsWith("[…]", StringComparison.Ordinal);
    }

    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }

        var last = t[^1];
        return last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ':' or '…' or '»';
    }
}
