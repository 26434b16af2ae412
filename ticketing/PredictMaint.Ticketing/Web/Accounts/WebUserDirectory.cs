using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Web.Accounts;

/// <summary>The configured web users; read at start, like the API keys.</summary>
public sealed class WebUserDirectory(IOptions<WebOptions> options)
{
    // Checked for unknown names too, so a wrong name costs as long as a wrong password.
    private static readonly string Decoy = PasswordHashing.Hash(Guid.NewGuid().ToString(), PasswordHashing.DefaultIterations);

    /// <summary>The user's name and role when the password matches; otherwise null.</summary>
    public (string Name, string Role)? SignIn(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        var user = options.Value.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        var matches = PasswordHashing.Verify(password, user?.PasswordHash ?? Decoy);
        return user is not null && matches ? (user.Name, user.Role) : null;
    }
}
