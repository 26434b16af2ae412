using System.Globalization;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Reads the hourly rollups (ingest's <c>telemetry_1h</c>) of the devices asked for, in one request.
/// A device already scored is read from one rule window before its last hourly evaluation, so every
/// grid point due since then sees its whole window however far behind the service is: a slow cycle
/// over a large fleet, or rollups that arrive late in a burst (ingest catching up after an outage)
/// are judged on the hours the fleet evaluation (<c>eval fleet</c>) judges them on. A device not
/// scored yet gets its newest window.
/// </summary>
public sealed class HourlyFeatureReader(InfluxClient influx, PredictorOptions options)
{
    public const string Measurement = "telemetry_1h";

    /// <summary>
    /// Hours of backlog one read covers beyond a device's rule window; the rest is read on the next
    /// cycle. Bounds an answer at about (window + 60 days) × 120 bytes per device, some 20 MB for
    /// 100 devices, under the client's default response limit. Counted in rows, not time, so a
    /// device back from months offline still gets its new hours.
    /// </summary>
    public const int CatchUpHours = 60 * 24;

    private const string Fields = "vibration_rms_mm_s_mean, vibration_kurtosis_mean, pump_running_mean, pump_current_a_mean, flow_lpm_mean, pressure_drop_kpa_mean, inlet_pressure_kpa_mean, outlet_pressure_kpa_mean";

    /// <summary>The longer rule window (bearing, pump) in whole hours.</summary>
    public int WindowHours => (int)Math.Ceiling(Math.Max(options.BearingWindow.TotalHours, options.PumpWindow.TotalHours));

    /// <summary>Keyed by <c>site/device</c>; a device without rollups is absent.</summary>
    /// <param name="evaluatedUpTo">Per device, the last hourly grid point scored; devices not in it are read from their newest window.</param>
    public async Task<IReadOnlyDictionary<string, HourlyFeatures>> ReadAsync(
        IReadOnlyList<DeviceKey> devices, IReadOnlyDictionary<DeviceKey, DateTimeOffset>? evaluatedUpTo = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(devices);
        if (devices.Count == 0)
        {
            return new Dictionary<string, HourlyFeatures>();
        }

        // One statement per distinct starting point: a fleet scored in step shares one.
        var statements = new List<string>();
        var parameters = new Dictionary<string, object>(devices.Count * 2, StringComparer.Ordinal);
        foreach (var group in devices.GroupBy(d => evaluatedUpTo is not null && evaluatedUpTo.TryGetValue(d, out var at) ? at : (DateTimeOffset?)null))
        {
            var (where, groupParameters) = DeviceFilter.For([.. group], parameters.Count / 2);
            foreach (var (name, value) in groupParameters)
            {
                parameters[name] = value;
            }

            statements.Add(group.Key is { } last ? Since(where, last.AddHours(-WindowHours)) : Newest(where));
        }

        var series = await influx.QueryAsync(string.Join("; ", statements), parameters, cancellationToken);
        var result = new Dictionary<string, HourlyFeatures>(series.Count, StringComparer.Ordinal);
        foreach (var s in series)
        {
            if (!s.Tags.TryGetValue("device", out var device) || !s.Tags.TryGetValue("site", out var site))
            {
                continue;
            }

            // Oldest first out, whichever way the statement ordered them.
            var rows = s.Rows.OrderBy(r => r.GetTime()).ToArray();
            var n = rows.Length;
            var times = new DateTimeOffset[n];
            double[] rms = new double[n], kurtosis = new double[n], running = new double[n], current = new double[n], flow = new double[n], drop = new double[n], inlet = new double[n], outlet = new double[n];
            for (var i = 0; i < n; i++)
            {
                var row = rows[i];
                times[i] = row.GetTime();
                rms[i] = row.GetDouble("vibration_rms_mm_s_mean") ?? double.NaN;
                kurtosis[i] = row.GetDouble("vibration_kurtosis_mean") ?? double.NaN;
                running[i] = row.GetDouble("pump_running_mean") ?? double.NaN;
                current[i] = row.GetDouble("pump_current_a_mean") ?? double.NaN;
                flow[i] = row.GetDouble("flow_lpm_mean") ?? double.NaN;
                drop[i] = row.GetDouble("pressure_drop_kpa_mean") ?? double.NaN;
                inlet[i] = row.GetDouble("inlet_pressure_kpa_mean") ?? double.NaN;
                outlet[i] = row.GetDouble("outlet_pressure_kpa_mean") ?? double.NaN;
            }

            result[site + "/" + device] = new HourlyFeatures(site, device, times, rms, kurtosis, running)
            {
                PumpCurrentMean = current,
                FlowMean = flow,
                PressureDropMean = drop,
                InletPressureMean = inlet,
                OutletPressureMean = outlet,
            };
        }

        return result;
    }

    // As for raw samples: the newest hours per device by its own clock, not the server's now().
    private string Newest(string where) => string.Create(CultureInfo.InvariantCulture,
        $"SELECT {Fields} FROM {InfluxQl.QuoteIdentifier(Measurement)} WHERE {where} GROUP BY site, device ORDER BY time DESC LIMIT {WindowHours + 1}");

    // At most one row per hour: the window before the last evaluation leaves CatchUpHours rows for what came since.
    private string Since(string where, DateTimeOffset from) => string.Create(CultureInfo.InvariantCulture,
        $"SELECT {Fields} FROM {InfluxQl.QuoteIdentifier(Measurement)} WHERE ({where}) AND time >= {Nanoseconds(from)} GROUP BY site, device ORDER BY time ASC LIMIT {WindowHours + 1 + CatchUpHours}");

    private static long Nanoseconds(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks * 100;
}
