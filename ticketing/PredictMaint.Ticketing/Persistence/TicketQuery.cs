using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Optional filters for listing tickets (null means "any") and an optional page.</summary>
public sealed record TicketQuery(string? DeviceId = null, string? Component = null, TicketState? State = null)
{
    public string? SiteId { get; init; }

    public TicketKind? Kind { get; init; }

    public Priority? Priority { get; init; }

    public bool? NeedsReview { get; init; }

    public string? ModelVersion { get; init; }

    /// <summary>Only tickets of these sites (e.g. the sites of one region).</summary>
    public IReadOnlyCollection<string>? SiteIds { get; init; }

    /// <summary>Rows to skip and to return; null Take means all matching rows.</summary>
    public int Skip { get; init; }

    public int? Take { get; init; }
}
