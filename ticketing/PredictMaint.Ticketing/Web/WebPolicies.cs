namespace PredictMaint.Ticketing.Web;

/// <summary>Authorization policies of the pages (cookie sign-in, unlike the API's bearer keys).</summary>
public static class WebPolicies
{
    /// <summary>Signed-in people who may see the queue and tickets; what they may change is the workflow's call.</summary>
    public const string PlannerPages = "PlannerPages";
}
