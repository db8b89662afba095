using System.CommandLine;
using System.Globalization;
using Sitrep.Storage.Sqlite;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class DemoCommand
{
    private const string ResourcePrefix = "demo/";

    public static Command Create(CliContext context)
    {
        var force = new Option<bool>("--force") { Description = "Replace the database given with --db if it already exists" };
        var command = new Command("demo",
            "Ingest the built-in demo corpus (fictional conflict news written for Sitrep) into a fresh database and show what was found")
        { force };
        command.SetAction(parse =>
        {
            var explicitDb = parse.GetValue(context.DatabaseOption);
            var dbPath = explicitDb is { Length: > 0 }
                ? Path.GetFullPath(explicitDb)
                : Path.Combine(Path.GetDirectoryName(DatabaseLocation.Resolve(null, context.Environment.GetEnvironment))!, "demo.db");
            if (explicitDb is { Length: > 0 } && File.Exists(dbPath) && !parse.GetValue(force))
            {
                context.Error.WriteLine($"sitrep: {dbPath} already exists; the demo needs a fresh database (pass --force to replace it)");
                return ExitCodes.DataError;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(dbPath)!);
            foreach (var suffix in (string[])["", "-wal", "-shm"])
            {
                File.Delete(dbPath + suffix);
            }

            var corpus = Path.Combine(Path.GetDirectoryName(dbPath)!, "demo-corpus");
            var files = WriteCorpus(corpus);
            context.Out.WriteLine($"Demo corpus: {files} files written to {corpus}");

            using var store = SqliteDocumentStore.Open(dbPath);
            var summary = Ingestion.Run(context, store, [corpus]);
            Ingestion.WriteSummary(context, summary, dbPath);
            context.Out.WriteLine();

            var rows = store.ListArticles(limit: 1000);
            ArticleTable.Write(context.Environment.CreateConsole(), rows);
            WriteFindings(context.Out, store, rows);
            context.Out.WriteLine();
            context.Out.WriteLine("Next:");
            context.Out.WriteLine($"  sitrep --db \"{dbPath}\" show {rows.FirstOrDefault(r => r.Kind != ContentKind.Pending)?.Id ?? 1} --annotations");
            context.Out.WriteLine($"  sitrep --db \"{dbPath}\" search \"Deir ez-Zor\"");
            context.Out.WriteLine($"  sitrep --db \"{dbPath}\" events --country Syria");
            context.Out.WriteLine($"  sitrep --db \"{dbPath}\" claims --hedged");
            context.Out.WriteLine($"  sitrep --db \"{dbPath}\" events --linked --min-sources 2");
            context.Out.WriteLine($"  sitrep --db \"{dbPath}\" disputes");
            context.Out.WriteLine($"  sitrep --db \"{dbPath}\" stories");
            return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        });
        return command;
    }

    private static void WriteFindings(TextWriter o, SqliteDocumentStore store, IReadOnlyList<ArticleSummary> rows)
    {
        int boilerplate = 0, comments = 0, duplicates = 0, dated = 0, pending = 0, dates = 0, quantities = 0;
        var actors = new SortedSet<string>(StringComparer.Ordinal);
        var places = new SortedSet<string>(StringComparer.Ordinal);
        var outlets = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var article = store.GetArticle(row.Id)?.Article;
            if (article is null)
            {
                pending++;
                continue;
            }

            boilerplate += article.Boilerplate.Count;
            duplicates += article.Boilerplate.Count(b => b.Reason == BoilerplateReason.Duplicate);
            comments += article.Comments.Count;
            dated += article.Published is null ? 0 : 1;
            if (article.Outlet is { } outlet)
            {
                outlets.Add(outlet);
            }

            if (store.GetAnnotations(row.Id) is { } read)
            {
                dates += read.Dates.Count(d => d.Start is not null);
                quantities += read.Quantities.Count;
                actors.UnionWith(read.Actors.Where(a => a.Kind == ActorMentionKind.Known).Select(a => a.Name));
                places.UnionWith(read.Places.Where(p => p.Place is not null).Select(p => p.Place!.Name));
            }
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Found {rows.Count - pending} articles from {outlets.Count} outlets ({string.Join(", ", outlets)}); {dated} with a publication date."));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Set apart: {boilerplate} boilerplate blocks (of which {duplicates} repeated paragraphs) and {comments} reader comments; {pending} feed items pending."));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Read: {dates} dated expressions, {quantities} quantities, {actors.Count} known actors ({string.Join(", ", actors.Take(6))}{(actors.Count > 6 ? ", …" : "")}), {places.Count} places ({string.Join(", ", places.Take(8))}{(places.Count > 8 ? ", …" : "")})."));

        var events = store.ListEvents(new EventQuery(Limit: 100_000));
        var claims = store.ListClaims(new ClaimQuery(Limit: 100_000));
        var byType = events.GroupBy(e => e.Event.EventType).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Coded: {events.Count} events ({string.Join(", ", byType)}), {events.Sum(e => e.Event.Fatalities)} reported deaths, {events.Count(e => e.Event.ReportedBy is not null)} credited to a named source, {events.Count(e => e.Event.Hedged)} hedged; {claims.Count} attributed claims ({claims.Count(c => c.Claim.Hedged)} hedged)."));

        var linked = store.ListLinkedEvents(new Sitrep.Linking.LinkedEventQuery(Limit: 100_000));
        var copies = rows.Count(r => store.GetArticleLink(r.Id)?.DuplicateOf is not null);
        var stories = store.ListStories(100_000);
        var disputes = store.ListDisputes(new Sitrep.Linking.DisputeQuery(Limit: 100_000));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Linked: {copies} copies of other articles; {linked.Count} distinct events, {linked.Count(e => e.Fields.Corroboration > 1)} reported by more than one independent source; {stories.Count(s => s.Articles > 1)} stories told by several articles; {disputes.Count} propositions several sources address ({disputes.Count(d => d.Status == Sitrep.Linking.Disputes.DisputeStatus.Contradicted)} contradicted)."));
    }

    /// <summary>Writes the embedded corpus to <paramref name="folder"/>, replacing what was there.</summary>
    internal static int WriteCorpus(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var assembly = typeof(DemoCommand).Assembly;
        var count = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = name[ResourcePrefix.Length..].Replace('\\', '/');
            var target = Path.GetFullPath(Path.Combine(folder, relative));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var destination = File.Create(target);
            source.CopyTo(destination);
            count++;
        }

        if (count == 0)
        {
            throw new InvalidOperationException("this build of sitrep carries no demo corpus (demo/corpus was empty at build time)");
        }

        return count;
    }
}
