namespace PredictMaint.Platform.Metrics;

/// <summary>One labelled value of a metric family.</summary>
public readonly record struct MetricSample(IReadOnlyList<MetricLabel> Labels, double Value)
{
    /// <summary>A sample with a single label, the common case (by state, by status class…).</summary>
    public static MetricSample Of(string labelName, string labelValue, double value) => new([new MetricLabel(labelName, labelValue)], value);
}
