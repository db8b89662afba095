using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Boilerplate;

/// <summary>
/// Recognises blocks of page text that are not article: donation widgets, banners, paywall notices, "read more"
/// links, image file names and credits, share prompts, comment-widget chrome, author boxes. Pure and fast: every
/// pattern is anchored and linear, so it is safe to run on every line of every page.
/// </summary>
public static partial class BoilerplateRules
{
    /// <summary>
    /// Classifies one block (a line or paragraph). Returns null when the block may be article text. Long blocks
    /// (over 400 characters) are only matched by the patterns that can stand in prose-length text (donation
    /// appeals, author boxes), so an article paragraph that merely mentions "subscribe" is kept.
    /// </summary>
    public static BoilerplateReason? Classify(string block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var text = block.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (BareAmount().IsMatch(text))
        {
            return BoilerplateReason.Donation;
        }

        if (text.Length <= 400)
        {
            if (SupportBanner().IsMatch(text) || DonationLine().IsMatch(text))
            {
                return BoilerplateReason.Donation;
            }

            if (Paywall().IsMatch(text))
            {
                return BoilerplateReason.Paywall;
            }

            if (ReadMore().IsMatch(text))
            {
                return BoilerplateReason.RelatedLinks;
            }

            if (ImageFile().IsMatch(text) || ImageCredit().IsMatch(text))
            {
                return BoilerplateReason.ImageCaption;
            }

            if (CommentWidget().IsMatch(text))
            {
                return BoilerplateReason.CommentWidget;
            }

            if (Social().IsMatch(text))
            {
                return BoilerplateReason.Social;
            }

            if (AuthorBox().IsMatch(text))
            {
                return BoilerplateReason.AuthorBio;
            }

            if (Advertising().IsMatch(text))
            {
                return BoilerplateReason.Advertising;
            }

            if (Legal().IsMatch(text))
            {
                return BoilerplateReason.Other;
            }
        }

        if (text.Length <= 1200 && (DonationAppeal().IsMatch(text) || AuthorContact().IsMatch(text)))
        {
            return DonationAppeal().IsMatch(text) ? BoilerplateReason.Donation : BoilerplateReason.AuthorBio;
        }

        return null;
    }

    // "0 $", "2,500 $", "$100", "€ 50", "100 USD": a donation widget's amount buttons.
    [GeneratedRegex(@"^(?:[$€£]\s?\d{1,3}(?:[,.\u00A0 ]\d{3})*(?:\.\d\d)?|\d{1,3}(?:[,.\u00A0 ]\d{3})*(?:\.\d\d)?\s?(?:[$€£]|USD|EUR|GBP))$", RegexOptions.CultureInvariant)]
    private static partial Regex BareAmount();

    [GeneratedRegex(@"^(?i:please\s+)?(?i:support|donate\s+to|help)\s+(?:us|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})[!.]?$", RegexOptions.CultureInvariant)]
    private static partial Regex SupportBanner();

    [GeneratedRegex(@"^(?:donate(?:\s+now)?|make\s+a\s+donation|become\s+a\s+(?:patron|supporter|member))\b.{0,80}$|\b(?:paypal|patreon|bitcoin|btc|ethereum|crypto(?:currency)?)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DonationLine();

    [GeneratedRegex(@"\b(?:please\s+support\s+(?:the\s+project|us|our\s+work)|if\s+you(?:['’]re|\s+are)\s+able.{0,60}support|our\s+work\s+wouldn['’]t\s+be\s+possible\s+without\s+your\s+help|support\s+independent\s+journalism|donate\s+(?:today|now))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DonationAppeal();

    [GeneratedRegex(@"(?:free\s+article(?:s)?\s+limit|reached\s+your\s+(?:daily\s+|monthly\s+)?(?:free\s+)?(?:article|story)\s+limit|subscribe\s+(?:now\s+)?(?:and\s+support\s+.{0,60})?to\s+(?:continue|keep)\s+reading|to\s+continue\s+reading|already\s+a\s+(?:subscriber|member)\??|you\s+must\s+(?:become\s+a\s+subscriber|be\s+(?:a\s+subscriber|logged\s+in))|subscribers?\s+only|get\s+(?:full\s+)?(?:ad-free\s+)?(?:unlimited\s+)?(?:digital\s+)?access\s+for|unlock\s+(?:this\s+article|full\s+access)|^(?:log\s*in|sign\s*in)(?:\s+to\s+.{0,40})?$|^try\s+\d+\s+days?\s+free|start\s+your\s+free\s+trial|enjoy\s+unlimited\s+(?:digital\s+)?access)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Paywall();

    [GeneratedRegex(@"^(?:read\s+(?:more|the\s+full\s+(?:story|article))(?:\s+(?:at|on|here)\b.{0,80})?|continue\s+reading.{0,60}|more\s+from\s+.{1,60}|related(?:\s+(?:articles?|stories|posts|content|coverage))?\s*:?.{0,100}|see\s+also\s*:.{0,100}|recommended(?:\s+for\s+you)?|(?:most\s+(?:read|popular|viewed)|trending(?:\s+now)?|you\s+may\s+also\s+like|don['’]t\s+miss)\s*:?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMore();

    // "Screenshot 2018-11-10 10.14.10.png", "IMG_1234.JPG", "map-of-region.webp"
    [GeneratedRegex(@"^\S.{0,150}\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|heic)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageFile();

    [GeneratedRegex(@"^(?:image|photo|picture|illustration|video|graphic|map|screenshots?|photograph)s?\s*(?:courtesy\s+of|credit|by|source)?\s*[:©]|^(?:image|photo)s?\s+courtesy\s+of\b|^\((?:photo|image|map|screenshots?|picture|video)\s*:.*\)$|^(?:©|\(c\)|copyright\b).{0,120}(?:photo|images?|getty|reuters|afp|ap\b|shutterstock)|^(?:getty\s+images|shutterstock|afp\s+via\s+getty\s+images|reuters|ap\s+photo)(?:\s*/.{0,60})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"^(?:notify\s+of|newest\s+most\s+voted|oldest\s+newest\s+most\s+voted|inline\s+feedbacks|view\s+all\s+comments|would\s+love\s+your\s+thoughts,?\s+please\s+comment\.?x?|comments?|\d+\s+comments?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|join\s+the\s+(?:discussion|conversation)|show\s+comments|load\s+more\s+comments|reply|login\s+to\s+comment|guest|subscribe\s+to\s+comments)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentWidget();

    [GeneratedRegex(@"^(?:share(?:\s+(?:this|on|via)\b.{0,60})?|tweet|pin\s+it|email|print|whatsapp|telegram|facebook|twitter|x|linkedin|reddit|copy\s+link|follow\s+us(?:\s+on\b.{0,60})?|like\s+us\s+on\s+facebook|sign\s+up\s+for\s+(?:our|the)\s+.{0,60}newsletter.{0,80}|subscribe\s+to\s+(?:our|the)\s+.{0,40}(?:newsletter|channel|podcast).{0,60}|subscribe|get\s+the\s+latest\s+.{0,60}(?:in\s+your\s+inbox|newsletter).{0,40}|join\s+our\s+(?:telegram|whatsapp|mailing\s+list).{0,60})[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Social();

    [GeneratedRegex(@"^about\s+(?:the\s+author|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4})(?:\s+view\s+all\s+posts)?$|view\s+all\s+posts$|^(?:more\s+)?(?:articles|posts|stories)\s+by\s+.{1,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBox();

    [GeneratedRegex(@"\b(?:lives\s+in\s+[A-Z][\w ]{1,40}\s+and\s+can\s+be\s+reached\s+at|can\s+be\s+reached\s+at\s+\S+@|is\s+the\s+author\s+of\s+.{1,80}\.\s+(?:visit|follow)\s+(?:his|her|their)\b|visit\s+(?:his|her|their)\s+(?:blog|website)(?:\s+site)?\s+at)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorContact();

    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|ads|promoted|story\s+continues\s+below(?:\s+advertisement)?|article\s+continues\s+below(?:\s+advertisement)?|skip\s+advert(?:isement)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advertising();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)|^all\s+rights\s+reserved|^(?:privacy\s+policy|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|cookie\s+(?:policy|settings)|contact\s+us|about\s+us)(?:\s*[|·•]\s*.{0,120})?$|^we\s+use\s+cookies\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Legal();
}
