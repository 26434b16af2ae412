namespace PredictMaint.Ticketing.Security;

/// <summary>Roles an API key can grant, plus <see cref="System"/>, which no key can.</summary>
public static class Roles
{
    /// <summary>The predictor service: submits and retracts predictions.</summary>
    public const string Predictor = "predictor";

    /// <summary>A planner: reviews, approves, offers and closes tickets.</summary>
    public const string Planner = "planner";

    /// <summary>A field technician: travels, arrives and records findings.</summary>
    public const string Technician = "technician";

    /// <summary>A supervisor: everything a planner may do, plus audit verification.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>An administrator: every planner action, audit verification, dead-letter replay.</summary>
    public const string Admin = "admin";

    /// <summary>The dispatch pipeline's service account: booking and field status updates.</summary>
    public const string Dispatch = "dispatch";

    /// <summary>A metrics scraper (Prometheus): reads <c>/metrics</c> and nothing else.</summary>
    public const string Monitoring = "monitoring";

    /// <summary>The service itself (auto-approval); never granted to an API key.</summary>
    public const string System = "system";

    /// <summary>
    /// The customer, acting through a signed link (booking and status pages); never granted to
    /// an API key or a web user.
    /// </summary>
    public const string Customer = "customer";

    /// <summary>Roles a configured API key may carry.</summary>
    public static IReadOnlyList<string> Grantable { get; } = [Predictor, Planner, Technician, Supervisor, Admin, Dispatch, Monitoring];
}
