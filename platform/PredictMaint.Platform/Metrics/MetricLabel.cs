namespace PredictMaint.Platform.Metrics;

/// <summary>One label of a Prometheus sample, e.g. <c>state="Proposed"</c>; the value is escaped when written.</summary>
public readonly record struct MetricLabel(string Name, string Value);
