using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Server;

/// <summary>
/// Token checks for the API: writes always need a write token; reads need a token only when the server listens
/// beyond loopback. Tokens come as <c>Authorization: Bearer TOKEN</c> and are checked against their stored hash.
/// The page and its assets hold no data and are always served.
/// </summary>
internal static class Access
{
    public static Task Authorize(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var state = context.RequestServices.GetRequiredService<ServerState>();
        var write = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
        if (!write && !state.Options.ReadsNeedToken)
        {
            return next(context);
        }

        var token = BearerToken(context.Request);
        if (token is null)
        {
            return Deny(context, StatusCodes.Status401Unauthorized, "A token is required",
                write ? "Writing needs a write token: create one with `sitrep token create --scope write` and send it as `Authorization: Bearer TOKEN`."
                      : "This server listens beyond loopback, so reading needs a token too: `sitrep token create --scope read`, sent as `Authorization: Bearer TOKEN`.");
        }

        TokenScope? scope;
        using (var store = state.OpenStore())
        {
            scope = store.VerifyToken(token);
        }

        if (scope is null)
        {
            return Deny(context, StatusCodes.Status401Unauthorized, "Unknown or revoked token", "The token given is not one this database issued, or it was revoked.");
        }

        if (write && scope != TokenScope.Write)
        {
            return Deny(context, StatusCodes.Status403Forbidden, "The token cannot write", "This token has read scope; create one with `sitrep token create --scope write`.");
        }

        return next(context);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    private static Task Deny(HttpContext context, int status, string title, string detail)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    }
}
