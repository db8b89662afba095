namespace Sitrep.Linking.Duplicates;

/// <summary>How near-duplicates are found.</summary>
/// <param name="ShingleSize">Words per shingle. Five words are rare enough to be specific to one text and short
/// enough that a changed word only spoils five shingles.</param>
/// <param name="Bands">LSH bands. With <paramref name="RowsPerBand"/> rows each, the signature has Bands × Rows
/// hashes; two texts become candidates when any band agrees, which happens with probability
/// 1 − (1 − J^rows)^bands for Jaccard similarity J: 32 × 4 finds 99% of pairs at J = 0.6 and 87% at J = 0.5, while
/// pairs at J = 0.2 (two outlets' own reports of one event) are candidates a fifth of the time and rejected by the
/// check.</param>
/// <param name="RowsPerBand">Hashes per band.</param>
/// <param name="MinJaccard">Jaccard similarity of shingle sets from which two texts are copies of one another.
/// Re-posted copies with a changed headline, boilerplate or paragraph order keep well above 0.6; independent
/// reports of the same event stay under 0.2.</param>
/// <param name="MinContainment">Share of the shorter text's shingles found in the longer text from which an excerpt
/// (a site re-posting the first paragraphs of a wire story) counts as a copy.</param>
/// <param name="MinExcerptShingles">Shingles the shorter text needs before containment alone counts, so that a
/// one-line teaser does not make copies of every article that quotes it.</param>
public sealed record NearDuplicateOptions(
    int ShingleSize = 5,
    int Bands = 32,
    int RowsPerBand = 4,
    double MinJaccard = 0.5,
    double MinContainment = 0.9,
    int MinExcerptShingles = 40)
{
    /// <summary>The defaults.</summary>
    public static NearDuplicateOptions Default { get; } = new();

    /// <summary>Number of hashes in a signature.</summary>
    public int SignatureLength => Bands * RowsPerBand;
}

/// <summary>
/// MinHash signatures: for each of N hash functions, the smallest hash of any shingle. The share of positions where
/// two signatures agree estimates the Jaccard similarity of the two shingle sets, and bands of the signature give
/// the keys of locality-sensitive hashing.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _seeds;
    private readonly NearDuplicateOptions _options;

    /// <summary>Creates a hasher; signatures from hashers with equal options are comparable.</summary>
    public MinHasher(NearDuplicateOptions? options = null)
    {
        _options = options ?? NearDuplicateOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.RowsPerBand, 1);
        _seeds = new ulong[_options.SignatureLength];
        var state = 0x5349545245505F31UL; // fixed, so stored signatures stay valid across runs
        for (var i = 0; i < _seeds.Length; i++)
        {
            state += 0x9e3779b97f4a7c15UL;
            _seeds[i] = Mixing.Mix64(state);
        }
    }

    /// <summary>The options the hasher was made with.</summary>
    public NearDuplicateOptions Options => _options;

    /// <summary>The signature of a shingle set (all <see cref="uint.MaxValue"/> for an empty set).</summary>
    public uint[] Signature(IReadOnlyCollection<ulong> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        var signature = new uint[_seeds.Length];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < _seeds.Length; i++)
            {
                var h = (uint)(Mixing.Mix64(shingle ^ _seeds[i]) >> 32);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    /// <summary>One bucket key per band: equal keys in the same band make two texts candidates.</summary>
    public long[] BandKeys(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length != _seeds.Length)
        {
            throw new ArgumentException($"A signature of {signature.Length} hashes does not fit options of {_seeds.Length}.", nameof(signature));
        }

        var keys = new long[_options.Bands];
        for (var band = 0; band < _options.Bands; band++)
        {
            var hash = Mixing.Mix64((ulong)band + 1);
            for (var row = 0; row < _options.RowsPerBand; row++)
            {
                hash = Mixing.Mix64(hash ^ signature[(band * _options.RowsPerBand) + row]);
            }

            keys[band] = (long)hash;
        }

        return keys;
    }

    /// <summary>The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets.</summary>
    public static double EstimatedJaccard(uint[] a, uint[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return (double)equal / a.Length;
    }

    /// <summary>Packs a signature into bytes for storage (little-endian).</summary>
    public static byte[] ToBytes(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var bytes = new byte[signature.Length * 4];
        for (var i = 0; i < signature.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        }

        return bytes;
    }

    /// <summary>Unpacks a signature written by <see cref="ToBytes"/>.</summary>
    public static uint[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var signature = new uint[bytes.Length / 4];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
        }

        return signature;
    }
}
