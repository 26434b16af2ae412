using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

/// <summary>Technicians: read by everyone who reads tickets, written by supervisors and admins.</summary>
public static class TechnicianEndpoints
{
    public static IEndpointRouteBuilder MapTechnicianEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/technicians");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadTickets).WithName("ListTechnicians");
        group.MapGet("/{technicianId}", GetAsync).RequireAuthorization(Policies.ReadTickets).WithName("GetTechnician");
        group.MapPut("/{technicianId}", PutAsync).RequireAuthorization(Policies.ManageDirectory).Accepts<TechnicianBody>("application/json").WithName("PutTechnician");
        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<TechnicianBody>>> ListAsync(FieldServiceStore store, string? region, CancellationToken cancellationToken)
    {
        var list = await store.TechniciansAsync(region, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TechnicianBody>>([.. list.Select(TechnicianBody.From)]);
    }

    internal static async Task<Results<Ok<TechnicianBody>, NotFound>> GetAsync(string technicianId, FieldServiceStore store, CancellationToken cancellationToken) =>
        await store.TechnicianAsync(technicianId, cancellationToken) is { } technician ? TypedResults.Ok(TechnicianBody.From(technician)) : TypedResults.NotFound();

    internal static async Task<Results<Created<TechnicianBody>, Ok<TechnicianBody>, ValidationProblem>> PutAsync(
        string technicianId, HttpRequest request, FieldServiceStore store, CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync(request, TicketingJsonContext.Default.TechnicianBody, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var (details, errors) = body.ToDetails(technicianId);
        if (details is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The technician is invalid.");
        }

        var (technician, created) = await store.UpsertTechnicianAsync(technicianId, details, cancellationToken);
        var dto = TechnicianBody.From(technician);
        return created ? TypedResults.Created($"/api/technicians/{technician.Id}", dto) : TypedResults.Ok(dto);
    }
}
