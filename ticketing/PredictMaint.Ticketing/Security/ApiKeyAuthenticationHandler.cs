using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PredictMaint.Ticketing.Security;

/// <summary>Authenticates <c>Authorization: Bearer &lt;api key&gt;</c> against <see cref="ApiKeyStore"/>.</summary>
public sealed partial class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var holder = keys.Find(header[BearerPrefix.Length..].Trim());
        if (holder is not { } found)
        {
            LogUnknownKey(Logger, Request.Path);
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }

        Claim[] claims = [new(ClaimTypes.Name, found.Name), new(ClaimTypes.Role, found.Role)];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an unknown API key for {Path}")]
    private static partial void LogUnknownKey(ILogger logger, PathString path);
}
