using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PredictMaint.Ticketing.Web.Accounts;

namespace PredictMaint.Ticketing.Web.Pages;

public sealed partial class LoginModel(WebUserDirectory users, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (users.SignIn(Name ?? string.Empty, Password ?? string.Empty) is not { } user)
        {
            LogFailed(logger, Name ?? string.Empty);
            Failed = true;
            Password = string.Empty;
            return Page();
        }

        Claim[] claims = [new(ClaimTypes.Name, user.Name), new(ClaimTypes.Role, user.Role)];
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        // Only local paths: a crafted returnUrl must not send a planner to another site.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/planner");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for {UserName}")]
    private static partial void LogFailed(ILogger logger, string userName);
}
