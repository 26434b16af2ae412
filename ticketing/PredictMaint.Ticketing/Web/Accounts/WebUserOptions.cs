using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ticketing.Web.Accounts;

/// <summary>One person who may sign in to the planner pages, e.g. <c>Ticketing:Web:Users:0:Name</c>.</summary>
public sealed class WebUserOptions
{
    [Required]
    [RegularExpression("^[A-Za-z0-9._@-]{1,64}$", ErrorMessage = "A user name is 1-64 letters, digits or . _ @ -.")]
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// Output of <c>PredictMaint.Ticketing hash-password</c> (<see cref="PasswordHashing"/>); the
    /// password itself is never configured.
    /// </summary>
    [Required]
    [RegularExpression(@"^pbkdf2-sha256\$[0-9]+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$", ErrorMessage = "PasswordHash must come from 'hash-password'.")]
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>People, not services: planner, technician, supervisor or admin.</summary>
    [Required]
    [RegularExpression("^(planner|technician|supervisor|admin)$", ErrorMessage = "A web user's role is planner, technician, supervisor or admin.")]
    public string Role { get; set; } = string.Empty;
}
