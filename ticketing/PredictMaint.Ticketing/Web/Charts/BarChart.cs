using System.Globalization;
using System.Net;
using System.Text;

namespace PredictMaint.Ticketing.Web.Charts;

/// <summary>
/// A server-rendered SVG bar chart (like <see cref="EvidenceChart"/>: no script, no library).
/// Each bar carries its value in <c>data-value</c> and as a label, and the description lists
/// every value, so the numbers are there without seeing the bars.
/// </summary>
public static class BarChart
{
    private const double Width = 440, Left = 170, Right = 60, Top = 8, BarHeight = 24, Gap = 8;

    /// <param name="max">The axis end; null scales to the largest value.</param>
    public static string Render(string id, string title, IReadOnlyList<ChartBar> bars, string unit, double? max = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var height = Top + (bars.Count * (BarHeight + Gap)) + Gap;
        var top = max ?? bars.Max(b => b.Value) ?? 0;
        top = top > 0 ? top : 1;
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {Format(b.Value, unit)}"));
        var svg = new StringBuilder();
        Append(svg, $"<svg class=\"kpi-chart\" id=\"{id}\" viewBox=\"0 0 {Width} {height:0}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        Append(svg, $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * (BarHeight + Gap));
            var length = bar.Value is { } v ? Math.Max(1, (Width - Left - Right) * Math.Clamp(v / top, 0, 1)) : 0;
            var value = bar.Value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
            Append(svg, $"<text x=\"{Left - 8}\" y=\"{y + 18}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1a1a1a\">{Encode(bar.Label)}</text>");
            Append(svg, $"<rect class=\"bar\" data-label=\"{Encode(bar.Label)}\" data-value=\"{value}\" x=\"{Left}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"#0b5cad\"/>");
            Append(svg, $"<text class=\"value\" x=\"{Left + length + 6:0.#}\" y=\"{y + 18}\" font-size=\"13\" fill=\"#1a1a1a\">{Encode(Format(bar.Value, unit))}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>"12.5 h", "83 %", or "n/a" when nothing was measured.</summary>
    public static string Format(double? value, string unit) => value switch
    {
        null => "n/a",
        { } v when unit == "%" => string.Create(CultureInfo.InvariantCulture, $"{v:0.#} %"),
        { } v => string.Create(CultureInfo.InvariantCulture, $"{v:0.##} {unit}").TrimEnd(),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static void Append(StringBuilder svg, FormattableString part) => svg.Append(part.ToString(CultureInfo.InvariantCulture));
}
