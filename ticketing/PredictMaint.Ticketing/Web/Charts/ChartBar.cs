namespace PredictMaint.Ticketing.Web.Charts;

/// <summary>One bar of a <see cref="BarChart"/>; a null value (nothing measured) is drawn as "n/a".</summary>
public sealed record ChartBar(string Label, double? Value);
