using Sitrep.Language.Text;

namespace Sitrep.Language.Actors;

/// <summary>What a dictionary phrase stands for.</summary>
internal enum TargetKind : byte
{
    /// <summary>A dictionary actor (an alias, or a demonym phrase such as "Syrian troops").</summary>
    Actor,

    /// <summary>A country role without a country ("government forces"); the article's focus supplies it.</summary>
    Generic,

    /// <summary>A description ("the militants") standing for an armed group named earlier.</summary>
    Reference,

    /// <summary>A country's name; counted for the article's focus, never emitted.</summary>
    CountryName,

    /// <summary>A bare demonym; counted for the focus and for coordinations ("Russian and Syrian jets").</summary>
    Demonym,
}

/// <summary>One meaning of a phrase of the trie.</summary>
/// <param name="Kind">What it stands for.</param>
/// <param name="Actor">Index into <see cref="ActorDictionary.Actors"/>; for a reference, the actor whose own descriptor it is, or -1.</param>
/// <param name="Role">For generic and demonym phrases, the country role.</param>
/// <param name="Country">Index into <see cref="ActorDictionary.Countries"/>, or -1.</param>
/// <param name="Exact">Per word of the phrase, the spelling it must have, or null where case does not matter.</param>
/// <param name="GuardCaps">Whether the phrase is an English word in capitals ("IS") that an all-capitals headline would fake.</param>
/// <param name="FromDemonym">Whether the phrase is a demonym and a role noun ("Syrian troops"), which may be coordinated.</param>
internal sealed record Target(TargetKind Kind, int Actor, CountryRole Role, int Country, string?[]? Exact, bool GuardCaps, bool FromDemonym = false);

/// <summary>
/// Dictionary phrases in a trie over folded word ids. Text tokens are folded and looked up once each; matching from
/// a token walks the trie, so the cost does not grow with the number of actors.
/// </summary>
internal sealed class ActorMatcher
{
    /// <summary>The id every form of the Arabic article (al-, el-, ash-, ad-…) folds to.</summary>
    public const int Article = 0;

    private static readonly HashSet<string> HyphenArticles = new(StringComparer.Ordinal)
    {
        "ad", "ar", "as", "ash", "at", "ath", "az", "an", "ud", "ur", "un", "ul", "ut", "ed", "er", "es", "et", "ez", "en", "ad",
    };

    // English words that, written in capitals, are also acronyms in the dictionary ("IS", "US").
    private static readonly HashSet<string> EnglishShortWords = new(StringComparer.Ordinal)
    {
        "is", "us", "as", "it", "an", "at", "or", "no", "so", "do", "in", "on", "we", "he", "be", "by", "to", "of", "up", "me",
        "my", "am", "go", "if", "oh", "id", "all", "any", "can", "man", "sac", "aa", "let", "trf", "saf", "sas",
    };

    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal) { ["al"] = Article, ["el"] = Article };
    private readonly Dictionary<string, int> skeletons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabularyLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> skeletonLookup;
    private readonly Node root = new();
    private int maxDepth;

    public ActorMatcher(ActorDictionary dictionary)
    {
        Dictionary = dictionary;
        vocabularyLookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        skeletonLookup = skeletons.GetAlternateLookup<ReadOnlySpan<char>>();
        var actorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dictionary.Actors.Count; i++)
        {
            actorIndex[dictionary.Actors[i].Id] = i;
        }

        // Order matters: where two phrases fold alike, the one added last wins, so generated demonym phrases come
        // first and explicit aliases (the built-in file, then user files) override them.
        for (var c = 0; c < dictionary.Countries.Count; c++)
        {
            var country = dictionary.Countries[c];
            foreach (var name in country.Names.Prepend(country.Name))
            {
                Add(name, false, new Target(TargetKind.CountryName, -1, default, c, null, false));
            }

            foreach (var demonym in country.Demonyms)
            {
                Add(demonym, false, new Target(TargetKind.Demonym, -1, default, c, null, false));
            }

            foreach (var (role, phrases) in dictionary.Roles)
            {
                var actor = dictionary.ForCountry(country.Code, role);
                if (actor is null)
                {
                    continue;
                }

                foreach (var phrase in phrases.AfterDemonym)
                {
                    foreach (var demonym in country.Demonyms)
                    {
                        Add(demonym + " " + phrase, false, new Target(TargetKind.Actor, actorIndex[actor.Id], role, c, null, false, true));
                    }

                    foreach (var name in country.Names.Prepend(country.Name))
                    {
                        Add(name + "'s " + phrase, false, new Target(TargetKind.Actor, actorIndex[actor.Id], role, c, null, false));
                    }
                }
            }
        }

        foreach (var (role, phrases) in dictionary.Roles)
        {
            foreach (var phrase in phrases.Generic)
            {
                Add(phrase, false, new Target(TargetKind.Generic, -1, role, -1, null, false));
            }
        }

        var nouns = (HashSet<string>)CountedReferenceNouns;
        foreach (var phrase in dictionary.References)
        {
            Add(phrase, false, new Target(TargetKind.Reference, -1, default, -1, null, false));
            var words = TextFolding.Fold(phrase).Split(' ');
            if (words is ["the", var noun] && noun.EndsWith('s'))
            {
                nouns.Add(noun);
            }
        }

        for (var a = 0; a < dictionary.Actors.Count; a++)
        {
            var entry = dictionary.Actors[a];
            var country = entry.Country is null ? -1 : IndexOfCountry(dictionary, entry.Country);
            foreach (var alias in entry.Aliases)
            {
                Add(alias.Text, alias.Exact, new Target(TargetKind.Actor, a, default, country, null, false));
            }

            foreach (var descriptor in entry.Descriptors)
            {
                Add(descriptor, false, new Target(TargetKind.Reference, a, default, country, null, false));
            }
        }
    }

    public ActorDictionary Dictionary { get; }

    /// <summary>Plural nouns of the "the X" references ("militants"), which also refer back after a quantity
    /// ("killing several terrorists").</summary>
    public IReadOnlySet<string> CountedReferenceNouns { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The longest phrases the trie holds, in words.</summary>
    public int MaxDepth => maxDepth;

    /// <summary>Folds and looks up every token of <paramref name="text"/>: the word id (-1 for words no phrase uses),
    /// whether it is an article form, and whether symbols are transparent inside a phrase.</summary>
    public void Classify(string text, Token[] tokens, int[] ids, byte[] flags)
    {
        Span<char> buffer = stackalloc char[64];
        Span<char> skeleton = stackalloc char[64];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var span = token.In(text);
            if (token.Kind == TokenKind.Symbol)
            {
                ids[i] = -1;
                var c = span[0];
                var transparent = c is '-' or '‐' or '‑' or '–' or '"' or '“' or '”' or '«' or '»' || Tokenizer.IsApostrophe(c)
                    || (c == '.' && i > 0 && tokens[i - 1].Length == 1 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].End == token.Start);
                flags[i] = transparent ? TokenFlags.Transparent : (byte)0;
                continue;
            }

            var folded = Fold(span, buffer, out var heap);
            var id = heap is null ? Lookup(folded) : Lookup(heap);
            byte flag = TokenFlags.Word;
            if (id == Article)
            {
                flag |= TokenFlags.ArticleForm;
            }
            else if (folded.Length is 2 or 3 && heap is null && i + 1 < tokens.Length && IsHyphenAfter(text, token, tokens[i + 1])
                && HyphenArticles.Contains(folded.ToString()))
            {
                flag |= TokenFlags.ArticleForm;
            }

            if (id < 0 && span.Length >= 4 && char.IsUpper(span[0]))
            {
                var source = heap is null ? folded : heap.AsSpan();
                if (source.Length <= 64)
                {
                    var length = Skeleton(source, skeleton);
                    if (length >= 4 && skeletonLookup.TryGetValue(skeleton[..length], out var skeletonId))
                    {
                        id = skeletonId;
                    }
                }
            }

            ids[i] = id;
            flags[i] = flag;
        }
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/>: its last token and its meanings that pass the
    /// case checks, or null.
    /// </summary>
    public (int End, Target[] Targets)? LongestAt(string text, Token[] tokens, int[] ids, byte[] flags, int start, int[] path)
    {
        if ((flags[start] & TokenFlags.Word) == 0)
        {
            return null;
        }

        var node = root;
        var depth = 0;
        (int End, Target[] Targets)? best = null;
        for (var i = start; i < tokens.Length; i++)
        {
            var flag = flags[i];
            if ((flag & TokenFlags.Word) == 0)
            {
                if ((flag & TokenFlags.Transparent) != 0 && i > start && tokens[i].Start - tokens[i - 1].End <= 1)
                {
                    continue;
                }

                break;
            }

            Node? next = null;
            if (ids[i] >= 0 && node.Next is { } children)
            {
                children.TryGetValue(ids[i], out next);
            }

            if (next is null && (flag & TokenFlags.ArticleForm) != 0 && node.Next is { } articleChildren)
            {
                articleChildren.TryGetValue(Article, out next);
            }

            if (next is null)
            {
                break;
            }

            path[depth++] = i;
            node = next;
            if (node.Targets is { } targets)
            {
                var passing = Passing(text, tokens, flags, targets, path, depth);
                if (passing is not null)
                {
                    best = (i, passing);
                }
            }

            if (depth >= path.Length)
            {
                break;
            }
        }

        return best;
    }

    private static Target[]? Passing(string text, Token[] tokens, byte[] flags, List<Target> targets, int[] path, int depth)
    {
        List<Target>? passing = null;
        // Last added first: user aliases override built-in ones.
        for (var t = targets.Count - 1; t >= 0; t--)
        {
            var target = targets[t];
            if (target.Exact is { } exact)
            {
                var ok = exact.Length == depth;
                for (var w = 0; ok && w < depth; w++)
                {
                    if (exact[w] is { } spelling && !tokens[path[w]].In(text).SequenceEqual(spelling))
                    {
                        ok = false;
                    }
                }

                if (ok && target.GuardCaps && InCapitalsRun(text, tokens, flags, path[0], path[depth - 1]))
                {
                    ok = false;
                }

                if (!ok)
                {
                    continue;
                }
            }

            (passing ??= []).Add(target);
        }

        return passing?.ToArray();
    }

    // "IS" next to other all-capital words is a headline's "is", not the Islamic State.
    private static bool InCapitalsRun(string text, Token[] tokens, byte[] flags, int first, int last)
    {
        return (first > 0 && IsCapitalsWord(text, tokens, flags, first - 1) && tokens[first].Start - tokens[first - 1].End <= 1)
            || (last + 1 < tokens.Length && IsCapitalsWord(text, tokens, flags, last + 1) && tokens[last + 1].Start - tokens[last].End <= 1);
    }

    private static bool IsCapitalsWord(string text, Token[] tokens, byte[] flags, int index)
    {
        if ((flags[index] & TokenFlags.Word) == 0 || tokens[index].Length < 2)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in tokens[index].In(text))
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        // "400 US marines": a number is not a headline word.
        return letters > 1;
    }

    private static bool IsHyphenAfter(string text, Token token, Token next)
        => next.Kind == TokenKind.Symbol && next.Start == token.End && text[next.Start] is '-' or '‐' or '‑';

    private int Lookup(ReadOnlySpan<char> folded) => vocabularyLookup.TryGetValue(folded, out var id) ? id : -1;

    /// <summary>Lower case without apostrophes for plain ASCII words; <see cref="TextFolding.Fold"/> for the rest.</summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer, out string? heap)
    {
        heap = null;
        if (word.Length <= buffer.Length)
        {
            var length = 0;
            var ascii = true;
            foreach (var c in word)
            {
                if (c >= 128)
                {
                    if (Tokenizer.IsApostrophe(c))
                    {
                        continue;
                    }

                    ascii = false;
                    break;
                }

                if (c == '\'' || c == '`')
                {
                    continue;
                }

                buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }

            if (ascii)
            {
                return buffer[..length];
            }
        }

        heap = TextFolding.Fold(word);
        return heap;
    }

    /// <summary>A consonant skeleton for transliteration variants: vowels after the first letter dropped, doubled letters
    /// collapsed, q as k ("Hizballah", "Hezbollah" → "hzblh").</summary>
    internal static int Skeleton(ReadOnlySpan<char> folded, Span<char> output)
    {
        var length = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i] == 'q' ? 'k' : folded[i];
            if (i > 0 && c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                continue;
            }

            if (length > 0 && output[length - 1] == c)
            {
                continue;
            }

            output[length++] = c;
        }

        return length;
    }

    private static int IndexOfCountry(ActorDictionary dictionary, string code)
    {
        for (var i = 0; i < dictionary.Countries.Count; i++)
        {
            if (dictionary.Countries[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    private void Add(string phrase, bool exact, Target target)
    {
        var tokens = Tokenizer.Tokenize(phrase).ToArray();
        var words = new List<int>();
        var spellings = new List<string?>();
        var anyExact = false;
        var guard = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                continue;
            }

            var raw = token.Of(phrase);
            var folded = TextFolding.Fold(raw);
            if (folded.Length == 0)
            {
                continue;
            }

            int id;
            if (folded is "al" or "el"
                || (HyphenArticles.Contains(folded) && i + 1 < tokens.Length && IsHyphenAfter(phrase, token, tokens[i + 1])))
            {
                id = Article;
            }
            else if (!vocabulary.TryGetValue(folded, out id))
            {
                id = vocabulary.Count;
                vocabulary[folded] = id;
                var skeleton = new char[folded.Length];
                var length = Skeleton(folded, skeleton);
                if (folded.Length >= 4 && length >= 4)
                {
                    skeletons.TryAdd(new string(skeleton, 0, length), id);
                }
            }

            words.Add(id);
            var shortCapitals = raw.Length <= 3 && raw.All(char.IsUpper);
            if (exact || shortCapitals)
            {
                spellings.Add(raw);
                anyExact = true;
                guard |= EnglishShortWords.Contains(folded);
            }
            else
            {
                spellings.Add(null);
            }
        }

        if (words.Count == 0)
        {
            return;
        }

        var node = root;
        foreach (var id in words)
        {
            node.Next ??= [];
            if (!node.Next.TryGetValue(id, out var next))
            {
                next = new Node();
                node.Next[id] = next;
            }

            node = next;
        }

        maxDepth = Math.Max(maxDepth, words.Count);
        node.Targets ??= [];
        node.Targets.Add(anyExact ? target with { Exact = [.. spellings], GuardCaps = guard } : target);
    }

    /// <summary>Per-token flags computed by <see cref="Classify"/>.</summary>
    internal static class TokenFlags
    {
        public const byte Word = 1;
        public const byte ArticleForm = 2;
        public const byte Transparent = 4;
    }

    private sealed class Node
    {
        public Dictionary<int, Node>? Next { get; set; }

        public List<Target>? Targets { get; set; }
    }
}
