using PredictMaint.Platform.Metrics;

namespace PredictMaint.Platform.Tests.Metrics;

public sealed class PrometheusWriterTests
{
    [Fact]
    public void ToString_CounterAndGauge_HelpTypeAndValue()
    {
        var text = new PrometheusWriter()
            .Counter("pm_things_total", "Things done.", 3)
            .Gauge("pm_queue_depth", "Waiting things.", 0.25)
            .ToString();

        Assert.Equal(
            "# HELP pm_things_total Things done.\n# TYPE pm_things_total counter\npm_things_total 3\n"
            + "# HELP pm_queue_depth Waiting things.\n# TYPE pm_queue_depth gauge\npm_queue_depth 0.25\n",
            text);
    }

    [Fact]
    public void ToString_LabelValuesWithQuotesBackslashesNewlines_Escaped()
    {
        var text = new PrometheusWriter()
            .Gauge("pm_info", "Odd labels.", [MetricSample.Of("name", "a\"b\\c\nd", 1)])
            .ToString();

        Assert.Contains("pm_info{name=\"a\\\"b\\\\c\\nd\"} 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Histogram_CumulativeBucketsSumAndCount()
    {
        var histogram = new LatencyHistogram([0.1, 1]);
        histogram.Observe(TimeSpan.FromMilliseconds(50));
        histogram.Observe(TimeSpan.FromMilliseconds(500));
        histogram.Observe(TimeSpan.FromSeconds(5));

        var text = new PrometheusWriter().Histogram("pm_cycle_seconds", "Cycle time.", histogram).ToString();

        Assert.Contains("# TYPE pm_cycle_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.Contains("pm_cycle_seconds_bucket{le=\"0.1\"} 1\npm_cycle_seconds_bucket{le=\"1\"} 2\npm_cycle_seconds_bucket{le=\"+Inf\"} 3\n", text, StringComparison.Ordinal);
        Assert.Contains("pm_cycle_seconds_sum 5.55\npm_cycle_seconds_count 3\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pm_things")] // a counter without _total
    [InlineData("1pm_total")]
    [InlineData("pm-things_total")]
    public void Counter_BadName_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => new PrometheusWriter().Counter(name, "help", 1));

    [Fact]
    public void Gauge_NameEndingInTotal_Throws() =>
        Assert.Throws<ArgumentException>(() => new PrometheusWriter().Gauge("pm_things_total", "help", 1));

    [Fact]
    public void Counter_SameFamilyTwice_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new PrometheusWriter().Counter("pm_a_total", "help", 1).Counter("pm_a_total", "help", 2));

    [Fact]
    public void Gauge_Infinity_WrittenAsPlusInf() =>
        Assert.EndsWith("pm_x +Inf\n", new PrometheusWriter().Gauge("pm_x", "help", double.PositiveInfinity).ToString(), StringComparison.Ordinal);
}
