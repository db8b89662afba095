namespace Sitrep.Linking.Duplicates;

/// <summary>
/// Word shingles: every run of <c>size</c> consecutive words of a text, hashed to 64 bits. Words are lower-cased
/// letters and digits, so punctuation, spacing, quotes and markup left-overs that differ between copies of one story
/// do not change the shingles.
/// </summary>
public static class Shingles
{
    /// <summary>The hashed shingles of <paramref name="text"/>, without repeats, in no particular order.</summary>
    /// <param name="text">The text (an article's title and body).</param>
    /// <param name="size">Words per shingle; texts shorter than that give one shingle of all their words.</param>
    public static HashSet<ulong> Of(string text, int size = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var words = Words(text);
        var shingles = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return shingles;
        }

        var count = Math.Max(1, words.Count - size + 1);
        for (var i = 0; i < count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var j = i; j < Math.Min(words.Count, i + size); j++)
            {
                // Word hashes are combined in order, so "A B" and "B A" differ.
                hash = (hash ^ words[j]) * 1099511628211UL;
                hash = Mixing.Mix64(hash);
            }

            shingles.Add(hash);
        }

        return shingles;
    }

    /// <summary>The words of <paramref name="text"/>, each hashed (FNV-1a over its lower-cased characters).</summary>
    internal static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        var hash = 0UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    hash = 14695981039346656037UL;
                    inWord = true;
                }

                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
            }
            else if (inWord)
            {
                words.Add(hash);
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }

        return words;
    }
}

/// <summary>Bit mixing shared by the shingle and MinHash functions.</summary>
internal static class Mixing
{
    /// <summary>A 64-bit finaliser (SplitMix64's): every input bit affects every output bit.</summary>
    public static ulong Mix64(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }
}
