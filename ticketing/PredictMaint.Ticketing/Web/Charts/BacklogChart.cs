using System.Globalization;
using System.Net;
using System.Text;
using PredictMaint.Ticketing.Domain.Kpi;

namespace PredictMaint.Ticketing.Web.Charts;

/// <summary>The backlog trend as a server-rendered SVG line: open tickets at the end of each day.</summary>
public static class BacklogChart
{
    private const double Width = 440, Height = 200, Left = 40, Right = 12, Top = 12, Bottom = 32;

    public static string Render(IReadOnlyList<BacklogDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return "<p class=\"muted\">No days in the period.</p>";
        }

        var high = Math.Max(1, days.Max(d => d.Open));
        double X(int i) => Left + ((Width - Left - Right) * (days.Count == 1 ? 0.5 : (double)i / (days.Count - 1)));
        double Y(int open) => Height - Bottom - ((Height - Top - Bottom) * open / high);
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Open tickets from {days[0].Date:yyyy-MM-dd} ({days[0].Open}) to {days[^1].Date:yyyy-MM-dd} ({days[^1].Open}); highest {high}.");
        var svg = new StringBuilder();
        Append(svg, $"<svg class=\"kpi-chart\" id=\"backlog-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"backlog-title backlog-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        Append(svg, $"<title id=\"backlog-title\">Backlog: open tickets per day</title><desc id=\"backlog-desc\">{WebUtility.HtmlEncode(description)}</desc>");
        Append(svg, $"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#4a4a4a\"/><line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\" stroke=\"#4a4a4a\"/>");
        Append(svg, $"<text x=\"{Left - 6}\" y=\"{Top + 10}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">{high}</text><text x=\"{Left - 6}\" y=\"{Height - Bottom}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">0</text>");
        Append(svg, $"<text x=\"{Left}\" y=\"{Height - 10}\" font-size=\"12\" fill=\"#1a1a1a\">{days[0].Date:MM-dd}</text><text x=\"{Width - Right}\" y=\"{Height - 10}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">{days[^1].Date:MM-dd}</text>");
        var points = string.Join(' ', days.Select((d, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(d.Open):0.#}")));
        var values = string.Join(' ', days.Select(d => d.Open.ToString(CultureInfo.InvariantCulture)));
        Append(svg, $"<polyline class=\"backlog\" data-values=\"{values}\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\" points=\"{points}\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Append(StringBuilder svg, FormattableString part) => svg.Append(part.ToString(CultureInfo.InvariantCulture));
}
