using PredictMaint.Predictor.Models.HealthIndicators;

namespace PredictMaint.Predictor.Evaluation.Cmapss;

/// <summary>
/// Per-cycle feature vectors for C-MAPSS: sensors z-scored per operating regime (fitted on the
/// training units only), then for every sensor the <see cref="WindowFeatures"/> of its last
/// <see cref="Window"/> cycles, plus the number of cycles run so far.
/// </summary>
public sealed class CmapssFeatures
{
    public const int Window = 30;
    public const int Recent = 5;

    private readonly OperatingRegimes _regimes;
    private readonly RegimeNormaliser _normaliser;

    private CmapssFeatures(OperatingRegimes regimes, RegimeNormaliser normaliser)
    {
        _regimes = regimes;
        _normaliser = normaliser;
    }

    public int Regimes => _regimes.Count;

    public static CmapssFeatures Fit(IReadOnlyList<CmapssUnit> training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var settings = training.SelectMany(u => u.Settings).ToList();
        var sensors = training.SelectMany(u => u.Sensors).ToList();
        var regimes = OperatingRegimes.Fit(settings);
        var ids = settings.Select(s => regimes.Assign(s)).ToList();
        return new CmapssFeatures(regimes, RegimeNormaliser.Fit(sensors, ids));
    }

    /// <summary>Feature vectors of <paramref name="unit"/> at every cycle (index = cycle − 1).</summary>
    public double[][] ForEveryCycle(CmapssUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var sensorCount = unit.Sensors[0].Length;
        var columns = new double[sensorCount][];
        for (var s = 0; s < sensorCount; s++)
        {
            columns[s] = new double[unit.Cycles];
        }

        var normalised = new double[sensorCount];
        for (var t = 0; t < unit.Cycles; t++)
        {
            _normaliser.Normalise(unit.Sensors[t], _regimes.Assign(unit.Settings[t]), normalised);
            for (var s = 0; s < sensorCount; s++)
            {
                columns[s][t] = normalised[s];
            }
        }

        var rows = new double[unit.Cycles][];
        for (var t = 0; t < unit.Cycles; t++)
        {
            var row = rows[t] = new double[(sensorCount * WindowFeatures.Count) + 1];
            for (var s = 0; s < sensorCount; s++)
            {
                WindowFeatures.Compute(columns[s].AsSpan(0, t + 1), Window, Recent, row.AsSpan(s * WindowFeatures.Count, WindowFeatures.Count));
            }

            row[^1] = t + 1;
        }

        return rows;
    }
}
