namespace PredictMaint.Ticketing.Outbox;

public enum DispatchMode
{
    /// <summary>Events flow to the dispatch pipeline.</summary>
    Automatic,

    /// <summary>The pipeline is unreachable; planners must dispatch by hand until it recovers.</summary>
    ManualDispatch,
}
