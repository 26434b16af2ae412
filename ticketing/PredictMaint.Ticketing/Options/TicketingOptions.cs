using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Options;

/// <summary>Configuration section <c>Ticketing</c>.</summary>
public sealed class TicketingOptions
{
    public const string SectionName = "Ticketing";

    /// <summary>SQLite database file; a relative path is resolved against the content root.</summary>
    [Required]
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary><c>sqlite</c> (default, <see cref="DatabasePath"/>) or <c>postgres</c> (<see cref="ConnectionString"/>).</summary>
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "DatabaseProvider must be 'sqlite' or 'postgres'.")]
    public string DatabaseProvider { get; set; } = "sqlite";

    /// <summary>Npgsql connection string, used when <see cref="DatabaseProvider"/> is <c>postgres</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Bearer keys accepted by the API, each with the role it grants.</summary>
    [Required]
    [MinLength(1, ErrorMessage = "Configure at least one key under Ticketing:ApiKeys.")]
    [ValidateEnumeratedItems]
    public IList<ApiKeyOptions> ApiKeys { get; init; } = [];

    /// <summary>
    /// How often one change is retried when concurrent writers touch the same ticket (a prediction,
    /// the offer relay marking a ticket Offered). Each round lets at least one writer through, so
    /// this bounds the tolerated fan-in.
    /// </summary>
    [Range(1, 1000)]
    public int MaxWriteAttempts { get; set; } = 64;

    /// <summary>
    /// When a fresh preventive ticket is approved without a planner. No rules (the default)
    /// means shadow mode for every model: the verdict is only noted on the ticket.
    /// </summary>
    [ValidateEnumeratedItems]
    public IList<AutoApprovalRuleOptions> AutoApprovalRules { get; init; } = [];

    /// <summary>
    /// Optional JSON file of sites upserted at every start (see <c>Persistence.DirectoryFile</c>);
    /// a relative path is resolved against the content root. An invalid file stops the start.
    /// </summary>
    public string? DirectoryFile { get; set; }
}
