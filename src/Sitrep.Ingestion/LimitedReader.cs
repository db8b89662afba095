using System.IO.Compression;

namespace Sitrep.Ingestion;

/// <summary>Reads whole files (gunzipping <c>.gz</c>) under a size cap, with one-line error messages.</summary>
internal static class LimitedReader
{
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the file's (decompressed) bytes, failing with a one-line reason.</summary>
    public static byte[] ReadAll(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (!IsGzip(path) && info.Length > maxBytes)
        {
            throw new DocumentFormatException($"file is {Megabytes(info.Length)}, above the {Megabytes(maxBytes)} limit per document");
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        if (!IsGzip(path))
        {
            var bytes = new byte[info.Length];
            file.ReadExactly(bytes);
            return bytes;
        }

        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var output = ReadCapped(gzip, maxBytes, "decompressed data");
        GzipTrailer.Verify(path, output);
        return output;
    }

    /// <summary>Reads a stream to its end, failing once it passes <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadCapped(Stream stream, long maxBytes, string what)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (memory.Length + read > maxBytes)
                {
                    throw new DocumentFormatException($"{what} exceeds the {Megabytes(maxBytes)} limit per document");
                }

                memory.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentFormatException($"corrupt gzip data after {memory.Length} bytes ({e.Message.TrimEnd('.')})", e);
        }
        catch (EndOfStreamException e)
        {
            throw new DocumentFormatException($"truncated gzip data after {memory.Length} bytes", e);
        }

        return memory.ToArray();
    }

    public static string Megabytes(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : $"{bytes / 1024.0:0.#} KB";
}
