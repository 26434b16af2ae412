namespace PredictMaint.EndToEnd.Tests;

/// <summary>The drill loads both cores for minutes: it runs alone, not beside the walking skeleton.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
