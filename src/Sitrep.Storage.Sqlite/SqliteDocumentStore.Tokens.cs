using System.Security.Cryptography;

namespace Sitrep.Storage.Sqlite;

/// <summary>What an API token lets its holder do.</summary>
public enum TokenScope
{
    /// <summary>Read the API (needed only when the server listens beyond loopback).</summary>
    Read,

    /// <summary>Read and write (ingest documents).</summary>
    Write,
}

/// <summary>A stored API token, without its secret.</summary>
/// <param name="Id">The token's id.</param>
/// <param name="Prefix">The first characters of the token, to tell tokens apart.</param>
/// <param name="Scope">What it allows.</param>
/// <param name="Name">A label its creator gave it.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Revoked">Whether it has been revoked.</param>
public sealed record ApiTokenInfo(long Id, string Prefix, TokenScope Scope, string? Name, DateTimeOffset CreatedAt, bool Revoked);

/// <summary>A newly created token: the secret is shown once and never stored.</summary>
/// <param name="Info">The stored record.</param>
/// <param name="Secret">The token to hand to the client.</param>
public sealed record CreatedApiToken(ApiTokenInfo Info, string Secret);

public sealed partial class SqliteDocumentStore
{
    /// <summary>Prefix of every token, so a leaked one is recognisable in logs and secret scanners.</summary>
    public const string TokenPrefix = "sitrep_";

    /// <summary>Creates an API token: 32 random bytes, stored only as their SHA-256.</summary>
    public CreatedApiToken CreateToken(TokenScope scope, string? name, DateTimeOffset now)
    {
        var secret = TokenPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var prefix = secret[..(TokenPrefix.Length + 8)];
        using var insert = Command(
            "INSERT INTO api_tokens (hash, prefix, scope, name, created_at) VALUES ($hash, $prefix, $scope, $name, $at) RETURNING id");
        insert.Parameters.AddWithValue("$hash", HashToken(secret));
        insert.Parameters.AddWithValue("$prefix", prefix);
        insert.Parameters.AddWithValue("$scope", ScopeName(scope));
        insert.Parameters.AddWithValue("$name", (object?)name ?? DBNull.Value);
        insert.Parameters.AddWithValue("$at", FormatTime(now));
        var id = (long)insert.ExecuteScalar()!;
        return new CreatedApiToken(new ApiTokenInfo(id, prefix, scope, name, now, false), secret);
    }

    /// <summary>The scope of a presented token, or null when it is unknown or revoked.</summary>
    public TokenScope? VerifyToken(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        // Looked up by hash: the comparison happens on a digest of the secret, so its timing says nothing of it.
        using var select = Command("SELECT scope FROM api_tokens WHERE hash = $hash AND revoked_at IS NULL");
        select.Parameters.AddWithValue("$hash", HashToken(secret));
        return select.ExecuteScalar() is string scope ? ParseScope(scope) : null;
    }

    /// <summary>Every token, newest first.</summary>
    public IReadOnlyList<ApiTokenInfo> ListTokens()
    {
        using var select = Command("SELECT id, prefix, scope, name, created_at, revoked_at IS NOT NULL FROM api_tokens ORDER BY id DESC");
        using var reader = select.ExecuteReader();
        var tokens = new List<ApiTokenInfo>();
        while (reader.Read())
        {
            tokens.Add(new ApiTokenInfo(reader.GetInt64(0), reader.GetString(1), ParseScope(reader.GetString(2)), NullableString(reader, 3),
                DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture), reader.GetBoolean(5)));
        }

        return tokens;
    }

    /// <summary>Revokes a token; false when no live token has that id.</summary>
    public bool RevokeToken(long id, DateTimeOffset now)
    {
        using var update = Command("UPDATE api_tokens SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL");
        update.Parameters.AddWithValue("$id", id);
        update.Parameters.AddWithValue("$at", FormatTime(now));
        return update.ExecuteNonQuery() > 0;
    }

    private static string HashToken(string secret) => ContentHashing.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(secret));

    private static string ScopeName(TokenScope scope) => scope == TokenScope.Write ? "write" : "read";

    private static TokenScope ParseScope(string scope) => scope == "write" ? TokenScope.Write : TokenScope.Read;
}
