using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Web.Accounts;

/// <summary>The planner pages: who may sign in and for how long.</summary>
public sealed class WebOptions
{
    public const string SectionName = "Ticketing:Web";

    [ValidateEnumeratedItems]
    public IList<WebUserOptions> Users { get; init; } = [];

    /// <summary>A sign-in lasts this long without activity.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
