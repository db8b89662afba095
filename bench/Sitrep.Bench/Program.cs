using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Sitrep;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;

// Throughput benchmark for article extraction. Usage:
//   dotnet run -c Release --project bench/Sitrep.Bench -- extraction [--dir DIR] [--seconds N] [--parallel]
//        [--compare smartreader,readability]
// Prints pages/s, MB/s, ms/page and peak memory for Sitrep (decode + extract, one thread unless --parallel),
// then the same for the comparison extractors on the same pages, and writes the figures to bench/results/.
//   dotnet run -c Release --project bench/Sitrep.Bench -- language [--dir DIR] [--seconds N]
// Prints MB/s of article text through the language layer on one thread, overall and per stage.
//   dotnet run -c Release --project bench/Sitrep.Bench -- coding [--dir DIR] [--seconds N]
// Prints MB/s of article text through event and claim coding, language + coding, and text to stored events.
//   dotnet run -c Release --project bench/Sitrep.Bench -- linking [--articles N] [--probes N] [--db PATH]
// Builds (once) a store of N generated articles, then prints the cost of linking one new article against it.
return Bench.Run(args);

internal static class Bench
{
    private sealed record Figures(string Name, int Pages, double Seconds, double PagesPerSecond, double MegabytesPerSecond, double MsPerPage,
        int Failures, double PeakWorkingSetMegabytes, double? AllocatedKilobytesPerPage);

    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "score-smartreader")
        {
            // Scores SmartReader's text with the same scorer as 'sitrep eval extraction', for an F1 comparison.
            var folder = Option(args, "--dir") ?? Path.Combine(FindRepositoryRoot(), "..", "shared", "eval", "extraction");
            Sitrep.Evaluation.Extraction.ExtractionEvaluator.Evaluate(folder, new DocumentDecoder(), new SmartReaderExtractor()).WriteTo(Console.Out);
            return 0;
        }

        if (args.Length > 0 && args[0] == "language")
        {
            return LanguageBench.Run(args, FindRepositoryRoot());
        }

        if (args.Length > 0 && args[0] == "coding")
        {
            return CodingBench.Run(args, FindRepositoryRoot());
        }

        if (args.Length > 0 && args[0] == "linking")
        {
            return LinkingBench.Run(args);
        }

        if (args.Length == 0 || args[0] != "extraction")
        {
            Console.Error.WriteLine("usage: Sitrep.Bench extraction [--dir DIR] [--seconds N] [--parallel] [--compare smartreader,readability]");
            Console.Error.WriteLine("       Sitrep.Bench score-smartreader [--dir BENCHMARK_DIR]");
            Console.Error.WriteLine("       Sitrep.Bench language [--dir DIR] [--seconds N]");
            Console.Error.WriteLine("       Sitrep.Bench coding [--dir DIR] [--seconds N]");
            Console.Error.WriteLine("       Sitrep.Bench linking [--articles N] [--probes N] [--db PATH]");
            return 2;
        }

        var root = FindRepositoryRoot();
        var dir = Option(args, "--dir") ?? Path.Combine(root, "..", "shared", "eval", "extraction", "html");
        var seconds = double.Parse(Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture);
        var parallel = args.Contains("--parallel");
        var compare = (Option(args, "--compare") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"bench: {dir}: no such folder (pass --dir with a folder of .html or .html.gz pages)");
            return 3;
        }

        var pages = LoadPages(dir);
        var totalBytes = pages.Sum(p => (long)p.Bytes.Length);
        Console.WriteLine($"{pages.Count} pages, {totalBytes / 1e6:F1} MB of HTML, from {Path.GetFullPath(dir)}");
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {(parallel ? "all cores" : "one thread")}");

        var decoder = new DocumentDecoder();
        var extractor = new HtmlArticleExtractor();
        var results = new List<Figures>
        {
            Measure("Sitrep", pages, totalBytes, seconds, parallel, page =>
                extractor.Extract(decoder.Decode(new RawDocument(page.Name, ContentKind.Html, page.Bytes, page.Url)))),
        };

        if (compare.Contains("smartreader", StringComparer.OrdinalIgnoreCase))
        {
            var texts = pages.ToDictionary(p => p.Name, p => decoder.Decode(new RawDocument(p.Name, ContentKind.Html, p.Bytes)).Text);
            results.Add(Measure("SmartReader 0.11.1", pages, totalBytes, seconds, parallel, page =>
                new SmartReader.Reader(page.Url ?? "https://example.org/", texts[page.Name]).GetArticle()));
        }

        if (compare.Contains("readability", StringComparer.OrdinalIgnoreCase))
        {
            var readability = RunReadability(root, dir);
            if (readability is not null)
            {
                results.Add(readability);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"extractor",-38} {"pages/s",9} {"MB/s",8} {"ms/page",9} {"peak MB",9} {"KB alloc/page",14} {"failed",7} {"Sitrep is",10}");
        foreach (var r in results)
        {
            var ratio = results[0].PagesPerSecond / r.PagesPerSecond;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-38} {r.PagesPerSecond,9:F1} {r.MegabytesPerSecond,8:F2} {r.MsPerPage,9:F2} {r.PeakWorkingSetMegabytes,9:F0} {(r.AllocatedKilobytesPerPage is { } kb ? kb.ToString("F0", CultureInfo.InvariantCulture) : "n/a"),14} {r.Failures,7} {ratio,9:F1}×"));
        }

        var resultsDir = Path.Combine(root, "bench", "results");
        Directory.CreateDirectory(resultsDir);
        var file = Path.Combine(resultsDir, $"extraction-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new { dir = Path.GetFullPath(dir), parallel, results }, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"\nfigures written to {file}");
        return 0;
    }

    private sealed record Page(string Name, byte[] Bytes, string? Url);

    private static List<Page> LoadPages(string dir)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var truth = Path.Combine(dir, "..", "ground-truth.json");
        if (File.Exists(truth))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(truth));
            foreach (var page in json.RootElement.EnumerateObject())
            {
                if (page.Value.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
                {
                    urls[page.Name] = url.GetString()!;
                }
            }
        }

        var pages = new List<Page>();
        foreach (var file in Directory.GetFiles(dir).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".html.gz", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            using var input = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
            using var memory = new MemoryStream();
            input.CopyTo(memory);
            var name = Path.GetFileName(file);
            var key = name.Replace(".html.gz", "", StringComparison.Ordinal).Replace(".html", "", StringComparison.Ordinal);
            pages.Add(new Page(name, memory.ToArray(), urls.GetValueOrDefault(key)));
        }

        return pages;
    }

    private static Figures Measure(string name, List<Page> pages, long totalBytes, double seconds, bool parallel, Action<Page> extract)
    {
        var failures = 0;
        void Once(Page page)
        {
            try
            {
                extract(page);
            }
            catch (Exception)
            {
                Interlocked.Increment(ref failures);
            }
        }

        foreach (var page in pages)
        {
            Once(page); // warm-up: JIT, caches
        }

        failures = 0;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        do
        {
            if (parallel)
            {
                Parallel.ForEach(pages, Once);
            }
            else
            {
                foreach (var page in pages)
                {
                    Once(page);
                }
            }

            rounds++;
        }
        while (watch.Elapsed.TotalSeconds < seconds);

        var elapsed = watch.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var count = pages.Count * rounds;
        using var process = Process.GetCurrentProcess();
        return new Figures(name, count, elapsed, count / elapsed, totalBytes * rounds / 1e6 / elapsed, elapsed * 1000 / count, failures / rounds,
            process.PeakWorkingSet64 / 1e6, allocated / 1024.0 / count);
    }

    private static Figures? RunReadability(string root, string dir)
    {
        var folder = Path.Combine(root, "bench", "readability");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            Console.WriteLine("installing readability.js and jsdom (npm ci) …");
            if (Exec("npm", "ci --no-audit --no-fund", folder, out _) != 0)
            {
                Console.Error.WriteLine("bench: 'npm ci' failed in bench/readability; is Node.js with npm installed? Skipping readability.js.");
                return null;
            }
        }

        Console.WriteLine("running readability.js (one pass over the pages) …");
        if (Exec("node", $"bench.mjs \"{Path.GetFullPath(dir)}\" 1", folder, out var output) != 0)
        {
            Console.Error.WriteLine("bench: readability.js failed; is Node.js installed?");
            return null;
        }

        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var r = json.RootElement;
        return new Figures(r.GetProperty("name").GetString()!, r.GetProperty("pages").GetInt32(), r.GetProperty("seconds").GetDouble(),
            r.GetProperty("pagesPerSecond").GetDouble(), r.GetProperty("megabytesPerSecond").GetDouble(), r.GetProperty("msPerPage").GetDouble(),
            r.GetProperty("failures").GetInt32(), r.GetProperty("peakRssMegabytes").GetDouble(), null);
    }

    private static int Exec(string file, string arguments, string directory, out string output)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            output = stdout.Result;
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine(stderr.Result);
            }

            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output = "";
            return -1;
        }
    }

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>SmartReader behind Sitrep's extractor contract, so the benchmark scorer can grade it.</summary>
internal sealed class SmartReaderExtractor : IArticleExtractor
{
    public Article Extract(DecodedDocument document)
    {
        var result = new SmartReader.Reader(document.Raw.Url ?? "https://example.org/", document.Text).GetArticle();
        var body = result.IsReadable ? result.TextContent ?? "" : "";
        return new Article(result.Title, null, null, null, null, null, body, [], [], []);
    }
}
