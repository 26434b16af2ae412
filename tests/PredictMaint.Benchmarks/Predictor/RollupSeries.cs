using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Benchmarks.Predictor;

/// <summary>Collects one device's hourly means, oldest first, into <see cref="HourlyFeatures"/>.</summary>
internal sealed class RollupSeries(int capacity)
{
    private readonly List<DateTimeOffset> _hours = new(capacity);
    private readonly List<double> _rms = new(capacity), _kurtosis = new(capacity), _running = new(capacity);
    private readonly List<double> _current = new(capacity), _flow = new(capacity), _drop = new(capacity);
    private readonly List<double> _inlet = new(capacity), _outlet = new(capacity);

    public void Add(DateTimeOffset hour, double rms, double kurtosis, double running, double current, double flow, double drop, double inlet)
    {
        _inlet.Add(inlet);
        _outlet.Add(inlet - drop);
        _hours.Add(hour);
        _rms.Add(rms);
        _kurtosis.Add(kurtosis);
        _running.Add(running);
        _current.Add(current);
        _flow.Add(flow);
        _drop.Add(drop);
    }

    /// <summary>The newest <paramref name="rows"/> hours collected (all of them when fewer).</summary>
    public HourlyFeatures ToFeatures(string siteId, string deviceId, int rows)
    {
        var start = Math.Max(0, _hours.Count - rows);
        double[] Tail(List<double> values) => values.GetRange(start, values.Count - start).ToArray();
        return new(siteId, deviceId, _hours.GetRange(start, _hours.Count - start).ToArray(), Tail(_rms), Tail(_kurtosis), Tail(_running))
        {
            PumpCurrentMean = Tail(_current),
            FlowMean = Tail(_flow),
            PressureDropMean = Tail(_drop),
            InletPressureMean = Tail(_inlet),
            OutletPressureMean = Tail(_outlet),
        };
    }
}
