using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

/// <summary>The site directory: read by everyone who reads tickets, written by supervisors and admins.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sites");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadTickets).WithName("ListSites");
        group.MapGet("/{siteId}", GetAsync).RequireAuthorization(Policies.ReadTickets).WithName("GetSite");
        group.MapPut("/{siteId}", PutAsync).RequireAuthorization(Policies.ManageDirectory).Accepts<SiteBody>("application/json").WithName("PutSite");
        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<SiteBody>>> ListAsync(SiteStore sites, string? region, CancellationToken cancellationToken)
    {
        var list = await sites.ListAsync(region, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SiteBody>>([.. list.Select(SiteBody.From)]);
    }

    internal static async Task<Results<Ok<SiteBody>, NotFound>> GetAsync(string siteId, SiteStore sites, CancellationToken cancellationToken) =>
        await sites.FindAsync(siteId, cancellationToken) is { } site ? TypedResults.Ok(SiteBody.From(site)) : TypedResults.NotFound();

    internal static async Task<Results<Created<SiteBody>, Ok<SiteBody>, ValidationProblem>> PutAsync(
        string siteId, HttpRequest request, SiteStore sites, CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync(request, TicketingJsonContext.Default.SiteBody, cancellationToken);
        if (bodyErrors is not null)
        {
            return TypedResults.ValidationProblem(bodyErrors);
        }

        var details = body!.ToDetails();
        var errors = SiteRules.Problems(siteId, details);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The site is invalid.");
        }

        var (site, created) = await sites.UpsertAsync(siteId, details, cancellationToken);
        var dto = SiteBody.From(site);
        return created ? TypedResults.Created($"/api/sites/{site.Id}", dto) : TypedResults.Ok(dto);
    }
}
