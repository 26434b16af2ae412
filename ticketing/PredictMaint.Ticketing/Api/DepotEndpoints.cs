using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

/// <summary>Depots and their spare-parts stock: read by everyone who reads tickets, written by supervisors and admins.</summary>
public static class DepotEndpoints
{
    public static IEndpointRouteBuilder MapDepotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/depots");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadTickets).WithName("ListDepots");
        group.MapGet("/{depotId}", GetAsync).RequireAuthorization(Policies.ReadTickets).WithName("GetDepot");
        group.MapPut("/{depotId}", PutAsync).RequireAuthorization(Policies.ManageDirectory).Accepts<DepotBody>("application/json").WithName("PutDepot");
        group.MapGet("/{depotId}/stock", GetStockAsync).RequireAuthorization(Policies.ReadTickets).WithName("GetDepotStock");
        group.MapPut("/{depotId}/stock/{partNumber}", PutStockAsync).RequireAuthorization(Policies.ManageDirectory).Accepts<StockBody>("application/json").WithName("PutDepotStock");
        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<DepotBody>>> ListAsync(FieldServiceStore store, string? region, CancellationToken cancellationToken)
    {
        var list = await store.DepotsAsync(region, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DepotBody>>([.. list.Select(DepotBody.From)]);
    }

    internal static async Task<Results<Ok<DepotBody>, NotFound>> GetAsync(string depotId, FieldServiceStore store, CancellationToken cancellationToken) =>
        await store.DepotAsync(depotId, cancellationToken) is { } depot ? TypedResults.Ok(DepotBody.From(depot)) : TypedResults.NotFound();

    internal static async Task<Results<Created<DepotBody>, Ok<DepotBody>, ValidationProblem>> PutAsync(
        string depotId, HttpRequest request, FieldServiceStore store, CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync(request, TicketingJsonContext.Default.DepotBody, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var errors = FieldServiceRules.Problems(depotId, body.ToDetails());
        if (body.Stock is not null)
        {
            errors["stock"] = ["Set stock with PUT /api/depots/{id}/stock/{part_number}; 'stock' is for the directory file."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The depot is invalid.");
        }

        var (depot, created) = await store.UpsertDepotAsync(depotId, body.ToDetails(), cancellationToken);
        var dto = DepotBody.From(depot);
        return created ? TypedResults.Created($"/api/depots/{depot.Id}", dto) : TypedResults.Ok(dto);
    }

    internal static async Task<Results<Ok<IReadOnlyList<StockBody>>, NotFound>> GetStockAsync(string depotId, FieldServiceStore store, CancellationToken cancellationToken)
    {
        if (await store.DepotAsync(depotId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var stock = await store.StockAsync(depotId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<StockBody>>([.. stock.Select(StockBody.From)]);
    }

    internal static async Task<Results<Created<StockBody>, Ok<StockBody>, ValidationProblem, NotFound>> PutStockAsync(
        string depotId, string partNumber, HttpRequest request, FieldServiceStore store, CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync(request, TicketingJsonContext.Default.StockBody, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var errors = new Dictionary<string, string[]>();
        if (!FieldServiceRules.IsPartNumber(partNumber))
        {
            errors["part_number"] = ["The part number must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'."];
        }

        if (body.Quantity is not (>= 0 and <= 1_000_000))
        {
            errors["quantity"] = ["'quantity' must be a count between 0 and 1000000."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The stock count is invalid.");
        }

        if (await store.CountStockAsync(depotId, partNumber, body.Quantity!.Value, cancellationToken) is not { } result)
        {
            return TypedResults.NotFound();
        }

        var dto = StockBody.From(result.Stock);
        return result.Created ? TypedResults.Created($"/api/depots/{depotId}/stock", dto) : TypedResults.Ok(dto);
    }
}
