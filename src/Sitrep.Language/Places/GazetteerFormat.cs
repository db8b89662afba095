using System.Buffers.Binary;
using System.Text;
using Sitrep.Language.Text;

namespace Sitrep.Language.Places;

/// <summary>
/// The compiled gazetteer file, written by <c>tools/Sitrep.GazetteerBuilder</c> and read by the runtime gazetteer.
/// Little-endian; laid out so that loading is one read and lookups are binary searches over the raw bytes:
/// <code>
/// "SRGZ" int32 version
/// int32 stringCount, int32[stringCount + 1] offsets, UTF-8 blob
/// int32 placeCount, placeCount × { int64 id, float32 lat, float32 lon, int32 name, int32 feature, int32 country, int32 admin1, int64 population }
/// int32 countryCount, countryCount × { int32 code, int32 name }
/// int32 keyCount, keyCount × { int32 key, int32 postingStart, int32 postingCount } (sorted by the key's UTF-8 bytes)
/// int32 postingTotal, int32[postingTotal] place indices
/// </code>
/// Strings are indices into the string table; -1 means none.
/// </summary>
internal static class GazetteerFormat
{
    public const int Version = 1;
    public static ReadOnlySpan<byte> Magic => "SRGZ"u8;
    public const int PlaceSize = 40;
    public const int KeySize = 12;

    /// <summary>Prefix of the keys of adjective forms ("~israeli"), which never collide with names.</summary>
    public const string DemonymMarker = "~";

    /// <summary>
    /// The lookup key of a name: folded (lower case, no diacritics or apostrophes), a leading Arabic article
    /// (al-, as-, ad-, el- …) dropped, spaces removed and doubled letters collapsed, so "Deir ez-Zor", "Deir Ezzor" and
    /// "Deir Ez Zor" share one key, as do "al-Bukamal" and "Bukamal", "Raqqa" and "Raqa".
    /// </summary>
    public static string KeyOf(ReadOnlySpan<char> name)
    {
        var folded = TextFolding.Fold(name);
        foreach (var article in Articles)
        {
            if (folded.Length > article.Length + 2 && folded.StartsWith(article, StringComparison.Ordinal))
            {
                folded = folded[article.Length..];
                break;
            }
        }

        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c == ' ')
            {
                continue;
            }

            if (builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static readonly string[] Articles = ["al ", "as ", "ad ", "ar ", "at ", "az ", "an ", "ash ", "el ", "ed ", "es ", "en ", "et ", "ez ", "adh ", "ath "];

    public static int ReadInt32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt32LittleEndian(data[at..]);

    public static long ReadInt64(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt64LittleEndian(data[at..]);

    public static float ReadSingle(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadSingleLittleEndian(data[at..]);
}
