using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PredictMaint.Ticketing.Domain.Kpi;
using PredictMaint.Ticketing.Security;
using PredictMaint.Ticketing.Web.Charts;
using PredictMaint.Ticketing.Web.Kpis;

namespace PredictMaint.Ticketing.Web.Pages.Planner;

/// <summary>The KPI dashboard: the numbers of <c>GET /api/kpis</c> as charts and tables, per filter and per model version.</summary>
public sealed class KpisModel(KpiDashboardReader reader, TimeProvider timeProvider) : PageModel
{
    /// <summary>The roles of the API's KPI policy; the page shows no more than the API would.</summary>
    private static readonly string[] Readers = [Roles.Planner, Roles.Supervisor, Roles.Admin];

    /// <summary>First day (UTC) of the period, yyyy-MM-dd; default 29 days before <see cref="To"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Last day (UTC) of the period, inclusive; default today.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Component { get; set; }

    [BindProperty(SupportsGet = true, Name = "model_version")]
    public string? ModelVersion { get; set; }

    public KpiDashboard Dashboard { get; private set; } = null!;

    public string? Problem { get; private set; }

    public DateOnly FirstDay { get; private set; }

    public DateOnly LastDay { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Readers.Contains(ClaimsActor.Of(User).Role))
        {
            return RedirectToPage("/Denied");
        }

        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        LastDay = Day(To) ?? today;
        FirstDay = Day(From) ?? LastDay.AddDays(-29);
        if (LastDay < FirstDay || LastDay.DayNumber - FirstDay.DayNumber + 1 > KpiFilter.MaxSpan.TotalDays)
        {
            Problem = $"The period must end on or after its first day and span at most {KpiFilter.MaxSpan.TotalDays:0} days; showing the last 30 days.";
            (FirstDay, LastDay) = (today.AddDays(-29), today);
        }

        var filter = new KpiFilter(Utc(FirstDay), Utc(LastDay.AddDays(1)), Blank(Region), Blank(Component), Blank(ModelVersion));
        Dashboard = await reader.ReadAsync(filter, cancellationToken);
        return Page();
    }

    public static string ResponseChart(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return BarChart.Render("response-chart", "First response and time to resolve (hours)",
        [
            new("First response, median", report.FirstResponse.MedianHours),
            new("First response, 90th pct", report.FirstResponse.P90Hours),
            new("Time to resolve, median", report.TimeToResolve.MedianHours),
            new("Time to resolve, 90th pct", report.TimeToResolve.P90Hours),
        ], "h");
    }

    public static string QualityChart(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return BarChart.Render("quality-chart", "First-time fix and customer satisfaction (%)",
        [
            new("First-time fix", Percent(report.FirstTimeFixRate)),
            new("CSAT satisfied (4-5)", Percent(report.CsatSatisfiedShare)),
            new("Prediction precision", Percent(report.Precision)),
        ], "%", 100);
    }

    public string PrecisionChart() => BarChart.Render(
        "precision-chart", "Prediction precision by model version (%)", [.. Dashboard.ByModelVersion.Select(m => new ChartBar(m.ModelVersion, Percent(m.Report.Precision)))], "%", 100);

    public string LeadTimeChart() => BarChart.Render(
        "lead-chart", "Lead time achieved by model version (median hours)", [.. Dashboard.ByModelVersion.Select(m => new ChartBar(m.ModelVersion, m.Report.LeadTimeAchieved.MedianHours))], "h");

    public static double? Percent(double? rate) => rate * 100;

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
