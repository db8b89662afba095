using System.IO.Compression;
using System.Text;

namespace Sitrep.Language.Places;

/// <summary>
/// The compiled gazetteer: GeoNames' cities500 (CC BY 4.0) with first-level divisions, countries and Sitrep's
/// supplement of conflict features. Loaded once per process from the copy embedded in this assembly (or from a file),
/// then read-only and thread-safe. Lookups are binary searches over the file's own bytes.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> BuiltIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] _data;
    private readonly int _stringCount;
    private readonly int _stringOffsets;
    private readonly int _stringBlob;
    private readonly int _places;
    private readonly int _keys;
    private readonly int _postings;
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);
    private readonly string?[] _strings;
    private Place?[]? _placeCache;

    private Gazetteer(byte[] data, string source)
    {
        _data = data;
        var span = data.AsSpan();
        if (data.Length < 8 || !span[..4].SequenceEqual(GazetteerFormat.Magic))
        {
            throw new InvalidDataException($"{source}: not a Sitrep gazetteer file");
        }

        if (GazetteerFormat.ReadInt32(span, 4) != GazetteerFormat.Version)
        {
            throw new InvalidDataException($"{source}: gazetteer format version {GazetteerFormat.ReadInt32(span, 4)}, expected {GazetteerFormat.Version}; rebuild it with tools/gazetteer/build.sh");
        }

        var at = 8;
        _stringCount = GazetteerFormat.ReadInt32(span, at);
        _stringOffsets = at + 4;
        _stringBlob = _stringOffsets + ((_stringCount + 1) * 4);
        at = _stringBlob + GazetteerFormat.ReadInt32(span, _stringOffsets + (_stringCount * 4));
        PlaceCount = GazetteerFormat.ReadInt32(span, at);
        _places = at + 4;
        at = _places + (PlaceCount * GazetteerFormat.PlaceSize);
        var countryCount = GazetteerFormat.ReadInt32(span, at);
        at += 4;
        _strings = new string?[_stringCount];
        for (var i = 0; i < countryCount; i++, at += 8)
        {
            _countryNames[String(GazetteerFormat.ReadInt32(span, at))] = String(GazetteerFormat.ReadInt32(span, at + 4));
        }

        KeyCount = GazetteerFormat.ReadInt32(span, at);
        _keys = at + 4;
        _postings = _keys + (KeyCount * GazetteerFormat.KeySize) + 4;
    }

    /// <summary>The gazetteer that ships with Sitrep.</summary>
    public static Gazetteer Default => BuiltIn.Value;

    /// <summary>Number of places.</summary>
    public int PlaceCount { get; }

    /// <summary>Number of distinct lookup keys (names and their variants).</summary>
    public int KeyCount { get; }

    /// <summary>Loads a compiled gazetteer file (gzip-compressed or not).</summary>
    /// <exception cref="InvalidDataException">The file is not a gazetteer of this version; the message names it.</exception>
    public static Gazetteer Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    private static Gazetteer LoadBuiltIn()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Sitrep.Language.gazetteer.bin.gz")
            ?? throw new InvalidDataException("the built-in gazetteer is missing from Sitrep.Language; rebuild it with tools/gazetteer/build.sh");
        return Read(stream, "built-in gazetteer");
    }

    private static Gazetteer Read(Stream stream, string source)
    {
        using var raw = new MemoryStream();
        stream.CopyTo(raw);
        var bytes = raw.ToArray();
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
        {
            return new Gazetteer(bytes, source);
        }

        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return new Gazetteer(output.ToArray(), source);
    }

    /// <summary>The places indexed under the lookup key of <paramref name="name"/>.</summary>
    public IReadOnlyList<int> Find(string name) => FindKey(GazetteerFormat.KeyOf(name));

    /// <summary>The places indexed under an already computed key (<see cref="GazetteerFormat.KeyOf"/>).</summary>
    internal IReadOnlyList<int> FindKey(string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        Span<byte> query = key.Length <= 128 ? stackalloc byte[key.Length * 3] : new byte[key.Length * 3];
        var length = Encoding.UTF8.GetBytes(key, query);
        query = query[..length];
        var data = _data.AsSpan();
        int low = 0, high = KeyCount - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var entry = _keys + (mid * GazetteerFormat.KeySize);
            var cmp = StringBytes(GazetteerFormat.ReadInt32(data, entry)).SequenceCompareTo(query);
            if (cmp == 0)
            {
                var start = GazetteerFormat.ReadInt32(data, entry + 4);
                var count = GazetteerFormat.ReadInt32(data, entry + 8);
                var result = new int[count];
                for (var i = 0; i < count; i++)
                {
                    result[i] = GazetteerFormat.ReadInt32(data, _postings + ((start + i) * 4));
                }

                return result;
            }

            if (cmp < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return [];
    }

    /// <summary>Whether any place is indexed under the key.</summary>
    internal bool HasKey(string key) => FindKey(key).Count > 0;

    /// <summary>The place at <paramref name="index"/>.</summary>
    public Place PlaceAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PlaceCount);

        // Places are built on first use and kept; races only build the same immutable record twice.
        var cache = _placeCache ??= new Place?[PlaceCount];
        return cache[index] ??= ReadPlace(index);
    }

    private Place ReadPlace(int index)
    {
        var data = _data.AsSpan();
        var at = _places + (index * GazetteerFormat.PlaceSize);
        var country = String(GazetteerFormat.ReadInt32(data, at + 24));
        var admin1 = GazetteerFormat.ReadInt32(data, at + 28);
        return new Place(
            GazetteerFormat.ReadInt64(data, at),
            String(GazetteerFormat.ReadInt32(data, at + 16)),
            Math.Round(GazetteerFormat.ReadSingle(data, at + 8), 5),
            Math.Round(GazetteerFormat.ReadSingle(data, at + 12), 5),
            String(GazetteerFormat.ReadInt32(data, at + 20)),
            country,
            _countryNames.GetValueOrDefault(country, country),
            admin1 < 0 ? null : String(admin1),
            GazetteerFormat.ReadInt64(data, at + 32));
    }

    /// <summary>The English name of a country code ("SY" → "Syria").</summary>
    public string CountryName(string code) => _countryNames.GetValueOrDefault(code, code);

    private ReadOnlySpan<byte> StringBytes(int id)
    {
        var data = _data.AsSpan();
        var start = GazetteerFormat.ReadInt32(data, _stringOffsets + (id * 4));
        var end = GazetteerFormat.ReadInt32(data, _stringOffsets + ((id + 1) * 4));
        return data.Slice(_stringBlob + start, end - start);
    }

    private string String(int id)
    {
        // Strings are decoded on first use; races only decode the same string twice.
        return _strings[id] ??= Encoding.UTF8.GetString(StringBytes(id));
    }
}
