using System.Security.Claims;
using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Security;

/// <summary>The authenticated caller as a domain actor (name and role from its API key).</summary>
public static class ClaimsActor
{
    public static Actor Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Actor(
            user.FindFirstValue(ClaimTypes.Name) ?? "unknown",
            user.FindFirstValue(ClaimTypes.Role) ?? "none");
    }
}
