namespace PredictMaint.Ticketing.Options;

/// <summary>
/// Configuration section <c>Ticketing:Sla</c>: targets per priority in business time, the
/// default business calendar and per-region overrides, warning share, escalation pace, and
/// how often the monitor looks for due timers. Checked by <see cref="SlaOptionsValidator"/>.
/// </summary>
public sealed class SlaOptions
{
    public const string SectionName = "Ticketing:Sla";

    /// <summary>Targets by priority name (P0–P3); configuration overrides single entries.</summary>
    public IDictionary<string, SlaTargetOptions> Targets { get; init; } = new Dictionary<string, SlaTargetOptions>(StringComparer.OrdinalIgnoreCase)
    {
        ["P0"] = new() { Response = TimeSpan.FromHours(1), Resolution = TimeSpan.FromHours(8) },
        ["P1"] = new() { Response = TimeSpan.FromHours(2), Resolution = TimeSpan.FromHours(18) },
        ["P2"] = new() { Response = TimeSpan.FromHours(4), Resolution = TimeSpan.FromHours(45) },
        ["P3"] = new() { Response = TimeSpan.FromHours(9), Resolution = TimeSpan.FromHours(90) },
    };

    /// <summary>Share of a target after which the assignee is warned (0.75: with a quarter left).</summary>
    public double WarningFraction { get; set; } = 0.75;

    /// <summary>Business time each escalation level has before the next is notified.</summary>
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Real time between the monitor's looks at due timers.</summary>
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Timers claimed per monitor cycle.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Time zone for tickets whose site is not in the directory.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>The calendar for every region without its own entry in <see cref="Regions"/>.</summary>
    public BusinessCalendarOptions Calendar { get; init; } = new();

    /// <summary>Whole calendars for regions that work differently (other hours, local holidays).</summary>
    public IDictionary<string, BusinessCalendarOptions> Regions { get; init; } = new Dictionary<string, BusinessCalendarOptions>(StringComparer.OrdinalIgnoreCase);
}
