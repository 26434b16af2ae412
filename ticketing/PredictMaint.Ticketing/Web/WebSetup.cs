using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;
using PredictMaint.Ticketing.Web.Accounts;
using PredictMaint.Ticketing.Web.Actions;
using PredictMaint.Ticketing.Web.Dispatch;
using PredictMaint.Ticketing.Web.Kpis;
using PredictMaint.Ticketing.Web.Queue;

namespace PredictMaint.Ticketing.Web;

/// <summary>
/// Registers the browser side of the service: Razor Pages for planners (cookie sign-in) and the
/// customer's offer pages (anonymous, authorised by a signed link). The API keeps its bearer
/// keys as the default scheme, so an API call without a key still gets 401, never a redirect.
/// </summary>
public static class WebSetup
{
    public static void AddTicketingWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebOptions>()
            .Bind(builder.Configuration.GetSection(WebOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        services.AddSingleton<WebUserDirectory>();
        services.AddScoped<ReviewQueueReader>();
        services.AddScoped<PlannerActions>();
        services.AddScoped<DispatchBoardReader>();
        services.AddScoped<KpiDashboardReader>();
        services.AddScoped<Customer.CustomerLink>();

        // Cookies and antiforgery tokens are sealed with keys from the ticket database, so any
        // instance on that database accepts what another issued (one address, several instances).
        services.AddDataProtection()
            .SetApplicationName("PredictMaint.Ticketing")
            .PersistKeysToDbContext<TicketingDbContext>();
        services.AddAuthentication()
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) =>
            {
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.AccessDeniedPath = "/denied";
                cookie.Cookie.Name = "pm.planner";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = web.Value.SessionLifetime;
                cookie.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(WebPolicies.PlannerPages, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(Roles.Planner, Roles.Technician, Roles.Supervisor, Roles.Admin));

        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Web/Pages";
            // Deny by default: every page needs a signed-in person unless it says otherwise.
            options.Conventions.AuthorizeFolder("/", WebPolicies.PlannerPages);
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AllowAnonymousToPage("/Denied");
            // Customers have no account: the signed link in their mail is the authorisation.
            options.Conventions.AllowAnonymousToFolder("/Offer");
            options.Conventions.AllowAnonymousToFolder("/Status");
        })
        // Named explicitly: under a test host the entry assembly is not this one, and pages
        // would otherwise not be discovered.
        .AddApplicationPart(typeof(WebSetup).Assembly);
    }

    public static void MapTicketingWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", () => TypedResults.Redirect("/planner")).AllowAnonymous();
        app.MapRazorPages();
    }
}
