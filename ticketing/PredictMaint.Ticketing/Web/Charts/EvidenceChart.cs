using System.Globalization;
using System.Net;
using System.Text;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Web.Charts;

/// <summary>
/// Server-rendered SVG of a ticket's evidence: observed history (solid), the model's forecast
/// (dashed), the end-of-life threshold (red) and the predicted failure window (shaded). No
/// script and no chart library to download; the text alternative states the same facts.
/// </summary>
public static class EvidenceChart
{
    private const double Width = 760, Height = 300, Left = 56, Right = 16, Top = 16, Bottom = 40;

    public static string Render(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Evidence is not { } evidence || evidence.History.Count + evidence.Forecast.Count == 0)
        {
            return "<p class=\"muted\">No evidence series was sent with this prediction.</p>";
        }

        var points = evidence.History.Concat(evidence.Forecast).ToList();
        var start = points.Min(p => p.Time);
        var end = new[] { points.Max(p => p.Time), ticket.FailureWindowEnd }.Max();
        var values = points.Select(p => p.Value).Concat(evidence.Threshold is { } t ? [t] : []).ToList();
        var (low, high) = Pad(values.Min(), values.Max());
        var scale = new Scale(start, end <= start ? start.AddHours(1) : end, low, high);

        var svg = new StringBuilder();
        var summary = Summary(ticket, evidence);
        Append(svg, $"<svg class=\"chart\" id=\"evidence-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        Append(svg, $"<title id=\"chart-title\">{Encode(evidence.Indicator)} ({Encode(evidence.Unit)})</title><desc id=\"chart-desc\">{Encode(summary)}</desc>");
        var windowStart = scale.X(new[] { ticket.FailureWindowStart, start }.Max());
        Append(svg, $"<rect class=\"failure-window\" x=\"{windowStart:0.#}\" y=\"{Top}\" width=\"{Math.Max(1, scale.X(ticket.FailureWindowEnd) - windowStart):0.#}\" height=\"{Height - Top - Bottom}\" fill=\"#f6d7a7\"/>");
        Axes(svg, scale);
        if (evidence.Threshold is { } threshold)
        {
            Append(svg, $"<line class=\"threshold\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{scale.Y(threshold):0.#}\" y2=\"{scale.Y(threshold):0.#}\" stroke=\"#a4161a\" stroke-width=\"2\" stroke-dasharray=\"2 4\"/>");
        }

        Append(svg, $"<line x1=\"{scale.X(ticket.PredictedFailureAt):0.#}\" x2=\"{scale.X(ticket.PredictedFailureAt):0.#}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#8a5a00\" stroke-width=\"1.5\"/>");
        Append(svg, $"<polyline class=\"history\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\" points=\"{Polyline(evidence.History, scale)}\"/>");
        Append(svg, $"<polyline class=\"forecast\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"{Polyline(evidence.Forecast, scale)}\"/>");
        svg.Append("</svg>");
        svg.Append("<p class=\"muted\">Solid: observed · dashed: forecast · red dotted: end-of-life threshold · shaded: failure window · brown line: predicted failure. ");
        svg.Append(Encode(summary)).Append("</p>");
        return svg.ToString();
    }

    private static string Summary(Ticket ticket, PredictionEvidence evidence)
    {
        var last = evidence.History.Count > 0 ? evidence.History[^1] : evidence.Forecast[0];
        var threshold = evidence.Threshold is { } t ? string.Create(CultureInfo.InvariantCulture, $", threshold {t:0.##} {evidence.Unit}") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Latest {last.Value:0.##} {evidence.Unit} on {last.Time:yyyy-MM-dd HH:mm} UTC{threshold}; predicted failure {ticket.PredictedFailureAt:yyyy-MM-dd HH:mm} UTC (window {ticket.FailureWindowStart:yyyy-MM-dd} to {ticket.FailureWindowEnd:yyyy-MM-dd}). From: {string.Join(", ", evidence.ContributingSensors)}.");
    }

    private static void Axes(StringBuilder svg, Scale scale)
    {
        Append(svg, $"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#4a4a4a\"/><line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\" stroke=\"#4a4a4a\"/>");
        for (var i = 0; i <= 4; i++)
        {
            var value = scale.Low + ((scale.High - scale.Low) * i / 4);
            var time = scale.Start + ((scale.End - scale.Start) * i / 4);
            Append(svg, $"<text x=\"{Left - 6}\" y=\"{scale.Y(value) + 4:0.#}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">{value:0.#}</text>");
            Append(svg, $"<text x=\"{scale.X(time):0.#}\" y=\"{Height - Bottom + 18}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{time:MM-dd}</text>");
        }
    }

    private static string Polyline(IEnumerable<EvidencePoint> points, Scale scale) =>
        string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{scale.X(p.Time):0.#},{scale.Y(p.Value):0.#}")));

    private static (double Low, double High) Pad(double low, double high)
    {
        var span = high - low;
        var margin = span > 0 ? span * 0.08 : Math.Max(1, Math.Abs(high) * 0.1);
        return (low - margin, high + margin);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static void Append(StringBuilder svg, FormattableString part) => svg.Append(part.ToString(CultureInfo.InvariantCulture));

    private sealed record Scale(DateTimeOffset Start, DateTimeOffset End, double Low, double High)
    {
        public double X(DateTimeOffset time) =>
            Left + ((Width - Left - Right) * Math.Clamp((time - Start) / (End - Start), 0, 1));

        public double Y(double value) =>
            Height - Bottom - ((Height - Top - Bottom) * (value - Low) / (High - Low));
    }
}
