namespace PredictMaint.Edge.Hosting;

/// <summary>Builds and runs the agent's Generic Host.</summary>
public static class EdgeHost
{
    public static Task<int> RunAsync(string[] args)
    {
        _ = args;
        return Task.FromResult(0);
    }
}
