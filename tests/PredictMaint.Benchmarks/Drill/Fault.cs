namespace PredictMaint.Benchmarks.Drill;

/// <summary>One planned fault: when (after the fleet started), what, how long the thing stays down, which edge agent.</summary>
internal sealed record Fault(TimeSpan At, FaultKind Kind, TimeSpan Downtime, int Target);
