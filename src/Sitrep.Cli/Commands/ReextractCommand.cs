using System.CommandLine;

namespace Sitrep.Cli.Commands;

internal static class ReextractCommand
{
    public static Command Create(CliContext context)
    {
        var ids = new Argument<long[]>("ID") { Description = "Articles to re-extract (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("reextract", "Re-run extraction on the stored original bytes (after upgrading Sitrep)") { ids };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var pipeline = context.CreatePipeline();
            var chosen = parse.GetValue(ids) is { Length: > 0 } given ? given : store.DocumentIds().ToArray();
            int done = 0, failed = 0;
            foreach (var id in chosen)
            {
                var raw = store.GetRaw(id);
                if (raw is null)
                {
                    context.Error.WriteLine($"sitrep: no document with id {id}");
                    failed++;
                    continue;
                }

                try
                {
                    store.ReplaceArticle(id, pipeline.Process(raw));
                    store.Link(id);
                    done++;
                }
                catch (DocumentFormatException e)
                {
                    context.Error.WriteLine($"{raw.Origin}: {e.Message}");
                    failed++;
                }
            }

            context.Out.WriteLine($"re-extracted {done}, failed {failed}");
            return failed == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        });
        return command;
    }
}
