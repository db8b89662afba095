namespace Sitrep.Ingestion;

/// <summary>
/// Checks that a gzip file ended cleanly. .NET's GZipStream returns whatever it could inflate from a truncated file
/// without complaint, so the trailer (CRC-32 and length of the last member) is verified against the output.
/// </summary>
internal static class GzipTrailer
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>Throws when the file's last 8 bytes are not the CRC-32 and size of the tail of <paramref name="output"/>.</summary>
    public static void Verify(string path, ReadOnlySpan<byte> output)
    {
        Span<byte> trailer = stackalloc byte[8];
        using (var file = File.OpenRead(path))
        {
            if (file.Length < 18)
            {
                throw new DocumentFormatException("truncated gzip data: the file is too short to be gzip");
            }

            file.Seek(-8, SeekOrigin.End);
            file.ReadExactly(trailer);
        }

        var crc = BitConverter.ToUInt32(trailer[..4]);
        var size = BitConverter.ToUInt32(trailer[4..]);
        if (size > output.Length || Crc32(output[^(int)size..]) != crc)
        {
            throw new DocumentFormatException($"truncated or corrupt gzip data after {output.Length} bytes (the gzip trailer does not match)");
        }
    }

    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}
