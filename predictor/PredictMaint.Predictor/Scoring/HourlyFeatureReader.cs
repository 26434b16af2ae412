using System.Globalization;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Predictor.Scoring;

/// <summary>Reads the newest hourly rollups (ingest's <c>telemetry_1h</c>) of the devices asked for, in one query.</summary>
public sealed class HourlyFeatureReader(InfluxClient influx, PredictorOptions options)
{
    public const string Measurement = "telemetry_1h";

    /// <summary>Keyed by <c>site/device</c>; a device without rollups is absent.</summary>
    public async Task<IReadOnlyDictionary<string, HourlyFeatures>> ReadAsync(IReadOnlyList<DeviceKey> devices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(devices);
        if (devices.Count == 0)
        {
            return new Dictionary<string, HourlyFeatures>();
        }

        var (where, parameters) = DeviceFilter.For(devices);
        // As for raw samples: the newest N hours per device by its own clock, not the server's now().
        var hours = (int)Math.Ceiling(Math.Max(options.BearingWindow.TotalHours, options.PumpWindow.TotalHours)) + 1;
        var query = string.Create(CultureInfo.InvariantCulture,
            $"SELECT vibration_rms_mm_s_mean, vibration_kurtosis_mean, pump_running_mean, pump_current_a_mean, flow_lpm_mean, pressure_drop_kpa_mean, inlet_pressure_kpa_mean, outlet_pressure_kpa_mean FROM {InfluxQl.QuoteIdentifier(Measurement)} WHERE {where} GROUP BY site, device ORDER BY time DESC LIMIT {hours}");
        var series = await influx.QueryAsync(query, parameters, cancellationToken);
        var result = new Dictionary<string, HourlyFeatures>(series.Count, StringComparer.Ordinal);
        foreach (var s in series)
        {
            if (!s.Tags.TryGetValue("device", out var device) || !s.Tags.TryGetValue("site", out var site))
            {
                continue;
            }

            var n = s.Rows.Count;
            var times = new DateTimeOffset[n];
            double[] rms = new double[n], kurtosis = new double[n], running = new double[n], current = new double[n], flow = new double[n], drop = new double[n], inlet = new double[n], outlet = new double[n];
            for (var i = 0; i < n; i++)
            {
                var row = s.Rows[n - 1 - i]; // newest first in, oldest first out
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
}
