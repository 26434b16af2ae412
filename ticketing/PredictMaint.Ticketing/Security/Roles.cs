namespace PredictMaint.Ticketing.Security;

/// <summary>Roles an API key can grant.</summary>
public static class Roles
{
    /// <summary>The predictor service: submits predictions.</summary>
    public const string Predictor = "predictor";

    /// <summary>A planner or planning tool: reads tickets.</summary>
    public const string Planner = "planner";
}
