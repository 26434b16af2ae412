namespace PredictMaint.Ticketing.Security;

/// <summary>Authorization policy names used by the endpoints.</summary>
public static class Policies
{
    public const string SubmitPredictions = "SubmitPredictions";
    public const string ReadTickets = "ReadTickets";

    /// <summary>May ask for transitions; the workflow then checks the role per action.</summary>
    public const string ChangeTickets = "ChangeTickets";
    public const string VerifyAudit = "VerifyAudit";
    public const string ManageOutbox = "ManageOutbox";
    public const string ReportTickets = "ReportTickets";

    /// <summary>May change the site directory (and later technicians and depots).</summary>
    public const string ManageDirectory = "ManageDirectory";

    /// <summary>May list bookable slots for a ticket (planners and the dispatch pipeline).</summary>
    public const string PlanVisits = "PlanVisits";

    /// <summary>May read the service and prediction KPIs.</summary>
    public const string ReadKpis = "ReadKpis";

    /// <summary>May scrape <c>/metrics</c> (counts of tickets and queues; no ticket content).</summary>
    public const string ReadMetrics = "ReadMetrics";

    /// <summary>May record a customer's rating (the booking pages' service account, planners).</summary>
    public const string RecordRatings = "RecordRatings";
}
