using System.Text.RegularExpressions;

namespace Sitrep.Cli;

/// <summary>Turns command-line paths into source items, and names the file an item came from.</summary>
internal static partial class InputReading
{
    // TRANSIENT: replaced by Sitrep.Ingestion's reader when the ingestion branch is merged.
    public static IEnumerable<SourceItem> Read(IReadOnlyList<string> inputs)
    {
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input) ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[input];
            foreach (var file in files)
            {
                var kind = file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? ContentKind.Text : ContentKind.Html;
                yield return SourceItem.Ok(new RawDocument(file, kind, File.ReadAllBytes(file)));
            }
        }
    }

    /// <summary>Counts the files the inputs name (folders recursively), for the progress bar.</summary>
    public static int CountFiles(IReadOnlyList<string> inputs)
    {
        var count = 0;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                count += Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Count();
            }
            else
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The file part of an origin such as <c>feed.xml#item-3</c>, <c>a.jsonl:17</c> or <c>crawl.warc.gz@1024</c>.</summary>
    public static string FileOf(string origin) => ContainerLocator().Replace(origin, "");

    [GeneratedRegex(@"(#[\w-]+|:\d+|@\d+)$")]
    private static partial Regex ContainerLocator();
}
