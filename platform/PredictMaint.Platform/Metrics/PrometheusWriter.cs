using System.Globalization;
using System.Text;

namespace PredictMaint.Platform.Metrics;

/// <summary>
/// Writes metric families in the Prometheus text exposition format (version 0.0.4): one
/// <c># HELP</c> and <c># TYPE</c> per family, then its samples. Names are checked as they are
/// written (a counter must end in <c>_total</c>, nothing else may), so a service cannot expose a
/// family Prometheus would reject or misread.
/// </summary>
public sealed class PrometheusWriter
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();
    private readonly HashSet<string> _families = new(StringComparer.Ordinal);

    public PrometheusWriter Counter(string name, string help, double value) => Family(name, help, "counter", [new MetricSample([], value)]);

    public PrometheusWriter Gauge(string name, string help, double value) => Family(name, help, "gauge", [new MetricSample([], value)]);

    /// <summary>A counter family with labelled samples; written with its header even when it has no sample yet.</summary>
    public PrometheusWriter Counter(string name, string help, IEnumerable<MetricSample> samples) => Family(name, help, "counter", samples);

    /// <summary>A gauge family with labelled samples.</summary>
    public PrometheusWriter Gauge(string name, string help, IEnumerable<MetricSample> samples) => Family(name, help, "gauge", samples);

    public PrometheusWriter Histogram(string name, string help, LatencyHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        Header(name, help, "histogram");
        var counts = histogram.CumulativeCounts();
        for (var i = 0; i < histogram.BoundsSeconds.Count; i++)
        {
            Sample(name + "_bucket", [new MetricLabel("le", Number(histogram.BoundsSeconds[i]))], counts[i]);
        }

        Sample(name + "_bucket", [new MetricLabel("le", "+Inf")], counts[^1]);
        Sample(name + "_sum", [], histogram.SumSeconds);
        Sample(name + "_count", [], counts[^1]);
        return this;
    }

    public override string ToString() => _text.ToString();

    private PrometheusWriter Family(string name, string help, string type, IEnumerable<MetricSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        Header(name, help, type);
        foreach (var sample in samples)
        {
            Sample(name, sample.Labels, sample.Value);
        }

        return this;
    }

    private void Header(string name, string help, string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(help);
        if (!IsName(name, allowColon: true))
        {
            throw new ArgumentException($"'{name}' is not a Prometheus metric name.", nameof(name));
        }

        if ((type == "counter") != name.EndsWith("_total", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}': counters, and only counters, end in _total.", nameof(name));
        }

        if (!_families.Add(name))
        {
            throw new InvalidOperationException($"Metric family '{name}' written twice.");
        }

        _text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    private void Sample(string name, IReadOnlyList<MetricLabel> labels, double value)
    {
        _text.Append(name);
        if (labels.Count > 0)
        {
            _text.Append('{');
            for (var i = 0; i < labels.Count; i++)
            {
                if (!IsName(labels[i].Name, allowColon: false) || labels[i].Name.StartsWith("__", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{labels[i].Name}' is not a Prometheus label name.", nameof(labels));
                }

                _text.Append(i == 0 ? "" : ",").Append(labels[i].Name).Append("=\"");
                foreach (var c in labels[i].Value)
                {
                    _ = c switch
                    {
                        '\\' => _text.Append("\\\\"),
                        '"' => _text.Append("\\\""),
                        '\n' => _text.Append("\\n"),
                        _ => _text.Append(c),
                    };
                }

                _text.Append('"');
            }

            _text.Append('}');
        }

        _text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static bool IsName(string name, bool allowColon) =>
        !string.IsNullOrEmpty(name)
        && !char.IsAsciiDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':'));
}
