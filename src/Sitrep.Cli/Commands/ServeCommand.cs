using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Sitrep.Server;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c> (the API and the page) and <c>sitrep token</c> (API tokens).</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {ServerOptions.DefaultUrl}: loopback only). Any non-loopback address makes reads need a token too",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("serve", "Serve the JSON API and the web page (map, timeline, event panel, article reader, disputes) over the database") { urls };
        command.SetAction(parse =>
        {
            var dbPath = context.DatabasePath(parse);
            var addresses = parse.GetValue(urls) is { Length: > 0 } given
                ? given.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray()
                : [ServerOptions.DefaultUrl];
            var options = new ServerOptions(dbPath, addresses) { Time = context.Environment.Time };
            var app = SitrepServer.Create(options);
            app.Start();
            foreach (var address in SitrepServer.Addresses(app))
            {
                context.Out.WriteLine($"Sitrep is serving {dbPath}");
                context.Out.WriteLine($"  page     {address}/");
                context.Out.WriteLine($"  API      {address}/api/events   (OpenAPI: {address}{SitrepServer.OpenApiPath})");
            }

            context.Out.WriteLine(options.ReadsNeedToken
                ? "Listening beyond loopback: every request needs a token (sitrep token create --scope read|write)."
                : "Reads are open on loopback; writes need a token (sitrep token create --scope write).");
            context.Out.WriteLine("Press Ctrl+C to stop.");
            app.WaitForShutdown();
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Token(CliContext context)
    {
        var scope = new Option<string>("--scope") { Description = "read or write", DefaultValueFactory = _ => "read" };
        scope.AcceptOnlyFromAmong("read", "write");
        var name = new Option<string?>("--name") { Description = "A label to tell the token apart" };
        var create = new Command("create", "Create an API token; it is printed once and only its SHA-256 is stored") { scope, name };
        create.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var created = store.CreateToken(parse.GetValue(scope) == "write" ? TokenScope.Write : TokenScope.Read, parse.GetValue(name), context.Environment.Time.GetUtcNow());
            context.Out.WriteLine(created.Secret);
            context.Error.WriteLine($"token {created.Info.Id} ({created.Info.Scope.ToString().ToLowerInvariant()}) created; it is not shown again. Send it as `Authorization: Bearer TOKEN`.");
            return ExitCodes.Success;
        });

        var list = new Command("list", "List API tokens (prefix, scope, name; never the secret)");
        list.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            foreach (var t in store.ListTokens())
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{t.Id,4}  {t.Prefix}…  {t.Scope.ToString().ToLowerInvariant(),-5}  {t.CreatedAt:yyyy-MM-dd HH:mm}  {(t.Revoked ? "revoked" : "active "),-7}  {t.Name}"));
            }

            return ExitCodes.Success;
        });

        var id = new Argument<long>("ID") { Description = "The token's id (see `sitrep token list`)" };
        var revoke = new Command("revoke", "Revoke an API token") { id };
        revoke.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            if (!store.RevokeToken(parse.GetValue(id), context.Environment.Time.GetUtcNow()))
            {
                context.Error.WriteLine($"sitrep: no active token with id {parse.GetValue(id)}");
                return ExitCodes.NotFound;
            }

            context.Out.WriteLine($"token {parse.GetValue(id)} revoked");
            return ExitCodes.Success;
        });
        return new Command("token", "Manage API tokens for `sitrep serve`") { create, list, revoke };
    }
}
