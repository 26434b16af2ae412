using System.Text.Json.Serialization;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Api;

/// <summary>
/// A part's stock at a depot. Written as <c>{"quantity":n}</c> (a count of what is on the shelf);
/// read with what active reservations hold and what is still available.
/// </summary>
public sealed record StockBody
{
    [JsonPropertyName("part_number")]
    public string? PartNumber { get; init; }

    [JsonPropertyName("quantity")]
    public int? Quantity { get; init; }

    [JsonPropertyName("reserved")]
    public int? Reserved { get; init; }

    [JsonPropertyName("available")]
    public int? Available { get; init; }

    public static StockBody From(DepotStock stock)
    {
        ArgumentNullException.ThrowIfNull(stock);
        return new StockBody { PartNumber = stock.PartNumber, Quantity = stock.Quantity, Reserved = stock.Reserved, Available = stock.Available };
    }
}
