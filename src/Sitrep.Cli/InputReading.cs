using System.Text.RegularExpressions;
using Sitrep.Ingestion;

namespace Sitrep.Cli;

/// <summary>Turns command-line paths into source items, and names the file an item came from.</summary>
internal static partial class InputReading
{
    /// <summary>Counts the files the inputs name (folders recursively), for the progress bar.</summary>
    public static int CountFiles(IReadOnlyList<string> inputs)
        => inputs.Sum(input => Directory.Exists(input) ? InputReader.FilesUnder(input).Count() : 1);

    /// <summary>The file part of an origin such as <c>feed.xml#item-3</c>, <c>a.jsonl:17</c> or <c>crawl.warc.gz#record-2</c>.</summary>
    public static string FileOf(string origin) => ContainerLocator().Replace(origin, "");

    [GeneratedRegex(@"(#(?:item|record)-\d+|:\d+)$")]
    private static partial Regex ContainerLocator();
}
