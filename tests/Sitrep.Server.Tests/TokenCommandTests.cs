using Sitrep.Cli;
using Sitrep.Storage.Sqlite;
using Sitrep.Testing;

namespace Sitrep.Server.Tests;

/// <summary><c>sitrep token</c>: create prints the secret once, list never shows it, revoke ends it.</summary>
public sealed class TokenCommandTests
{
    private static (int Exit, string Out, string Error) Run(string db, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = SitrepCli.Run([.. args, "--db", db], new CliEnvironment(output, error, false, _ => null, TimeProvider.System));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Create_list_and_revoke()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("t.db");
        var (exit, secret, note) = Run(db, "token", "create", "--scope", "write", "--name", "ingest bot");
        Assert.Equal(0, exit);
        secret = secret.Trim();
        Assert.StartsWith(SqliteDocumentStore.TokenPrefix, secret, StringComparison.Ordinal);
        Assert.Contains("not shown again", note, StringComparison.Ordinal);

        var (_, list, _) = Run(db, "token", "list");
        Assert.Contains("ingest bot", list, StringComparison.Ordinal);
        Assert.Contains(secret[..15], list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        using (var store = SqliteDocumentStore.Open(db))
        {
            Assert.Equal(TokenScope.Write, store.VerifyToken(secret));
        }

        Assert.Equal(0, Run(db, "token", "revoke", "1").Exit);
        Assert.Equal(3, Run(db, "token", "revoke", "1").Exit);
        Assert.Equal(2, Run(db, "token", "create", "--scope", "admin").Exit);
        using (var store = SqliteDocumentStore.Open(db))
        {
            Assert.Null(store.VerifyToken(secret));
        }
    }
}
