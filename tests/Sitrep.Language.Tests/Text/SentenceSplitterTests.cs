using Sitrep.Language.Text;

namespace Sitrep.Language.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var paragraphs = SentenceSplitter.ParagraphsOf(text);
        return SentenceSplitter.Default.Split(text, paragraphs).Select(s => s.Span.Slice(text)).ToArray();
    }

    [Fact]
    public void Abbreviations_titles_and_months_do_not_end_sentences()
    {
        var sentences = Split("On Nov. 22 Gen. Suheil al-Hassan arrived. The U.S. Army said nothing.");
        Assert.Equal(["On Nov. 22 Gen. Suheil al-Hassan arrived.", "The U.S. Army said nothing."], sentences);
    }

    [Fact]
    public void An_abbreviation_at_the_end_of_a_sentence_still_ends_it_before_a_sentence_opener()
    {
        var sentences = Split("Troops were sent from the U.S. The deployment began at once.");
        Assert.Equal(2, sentences.Length);
        Assert.Equal("Troops were sent from the U.S.", sentences[0]);
    }

    [Fact]
    public void Quotes_and_question_marks_close_sentences_with_their_punctuation()
    {
        var sentences = Split("He said: “We will return.” Nobody believed him. Why? Because…");
        Assert.Equal(["He said: “We will return.”", "Nobody believed him.", "Why?", "Because…"], sentences);
    }

    [Fact]
    public void Ellipses_inside_a_sentence_before_lower_case_do_not_split()
    {
        var sentences = Split("The convoy... reportedly turned back. Then it stopped.");
        Assert.Equal(["The convoy... reportedly turned back.", "Then it stopped."], sentences);
    }

    [Fact]
    public void Headlines_and_list_items_without_full_stops_are_sentences_of_their_own()
    {
        var sentences = Split("Syrian War Report – Nov. 23, 2018\n\n- Tiger Forces redeployed\n- ISIS attacked the SDF\n\nThe end.");
        Assert.Equal(["Syrian War Report – Nov. 23, 2018", "- Tiger Forces redeployed", "- ISIS attacked the SDF", "The end."], sentences);
    }

    [Fact]
    public void Initials_and_numbers_with_decimals_stay_inside_the_sentence()
    {
        var sentences = Split("Abu Bakr al-B. Baghdadi paid 3.5 million dollars. J. Smith confirmed it.");
        Assert.Equal(2, sentences.Length);
        Assert.StartsWith("J. Smith", sentences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_spans_point_at_the_exact_text_and_know_their_paragraph()
    {
        const string text = "First one. Second one.\n\nThird one.";
        var paragraphs = SentenceSplitter.ParagraphsOf(text);
        var sentences = SentenceSplitter.Default.Split(text, paragraphs);
        Assert.Equal(3, sentences.Count);
        Assert.Equal("Third one.", sentences[2].Span.Slice(text));
        Assert.Equal(1, sentences[2].Paragraph);
        Assert.Equal(0, sentences[1].Paragraph);
    }
}
