using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Language;

namespace Sitrep.Cli.Commands;

internal static class AnnotateCommand
{
    public static Command Create(CliContext context)
    {
        var ids = new Argument<long[]>("ID") { Description = "Articles to annotate (default: those not yet annotated by this version)", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Re-annotate every stored article" };
        var command = new Command("annotate", "Run the language layer (dates, quantities, actors, places) and the coder (claims) on stored articles") { ids, all };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var pipeline = context.CreatePipeline();
            var annotator = pipeline.Annotator!;
            var coder = pipeline.Coder!;
            IReadOnlyList<long> chosen = parse.GetValue(ids) is { Length: > 0 } given ? given
                : parse.GetValue(all) ? store.DocumentIds()
                : store.ArticlesNeedingAnnotation(LanguageAnnotator.CurrentVersion).Union(store.ArticlesNeedingCoding(Sitrep.Coding.ArticleCoder.CurrentVersion)).Order().ToList();
            int done = 0, missing = 0;
            long characters = 0;
            var watch = Stopwatch.StartNew();
            foreach (var id in chosen)
            {
                var article = store.GetArticle(id)?.Article;
                if (article is null)
                {
                    // Pending feed items have no article to read; only ids the user named are worth a message.
                    if (parse.GetValue(ids) is { Length: > 0 })
                    {
                        context.Error.WriteLine($"sitrep: no extracted article with id {id} in {store.Path}");
                        missing++;
                    }

                    continue;
                }

                var annotations = annotator.Annotate(article);
                store.StoreAnnotations(id, annotations);
                store.StoreCoding(id, coder.Code(article, annotations));
                store.Link(id); // new codings change which events the article reports
                characters += article.Body.Length;
                done++;
            }

            watch.Stop();
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"annotated {done} article(s), {characters / 1024.0:F0} KiB of text in {watch.Elapsed.TotalSeconds:F2} s{(missing > 0 ? $"; {missing} not found" : "")}"));
            return missing == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        });
        return command;
    }
}
