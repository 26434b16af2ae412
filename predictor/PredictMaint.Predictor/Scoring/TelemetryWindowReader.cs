using System.Globalization;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Predictor.Scoring;

/// <summary>Reads the most recent samples of the devices asked for from InfluxDB, in one query.</summary>
public sealed class TelemetryWindowReader(InfluxClient influx, PredictorOptions options)
{
    public const string Measurement = "telemetry";

    /// <summary>One window per device that has samples; a device without any is absent.</summary>
    public async Task<IReadOnlyList<DeviceWindow>> ReadAsync(IReadOnlyList<DeviceKey> devices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(devices);
        if (devices.Count == 0)
        {
            return [];
        }

        var (where, parameters) = DeviceFilter.For(devices);
        // LIMIT applies per series with GROUP BY, so this is the newest N samples of each device,
        // whatever its clock says: device time, not the server's now().
        var query = string.Create(CultureInfo.InvariantCulture,
            $"SELECT pressure_drop_kpa, flow_lpm, water_temp_c, inlet_pressure_kpa, outlet_pressure_kpa, pump_current_a FROM {InfluxQl.QuoteIdentifier(Measurement)} WHERE {where} GROUP BY site, device, model ORDER BY time DESC LIMIT {options.SamplesPerDevice}");
        var series = await influx.QueryAsync(query, parameters, cancellationToken);
        var windows = new List<DeviceWindow>(series.Count);
        foreach (var s in series)
        {
            if (!s.Tags.TryGetValue("device", out var device) || !s.Tags.TryGetValue("site", out var site))
            {
                continue;
            }

            var rows = s.Rows;
            var n = rows.Count;
            var times = new DateTimeOffset[n];
            var pressure = new double[n];
            var flow = new double[n];
            var temperature = new double[n];
            var inlet = new double[n];
            var outlet = new double[n];
            var current = new double[n];
            for (var i = 0; i < n; i++)
            {
                // Rows arrive newest first; windows are oldest first.
                var row = rows[n - 1 - i];
                times[i] = row.GetTime();
                pressure[i] = row.GetDouble("pressure_drop_kpa") ?? double.NaN;
                flow[i] = row.GetDouble("flow_lpm") ?? double.NaN;
                temperature[i] = row.GetDouble("water_temp_c") ?? double.NaN;
                inlet[i] = row.GetDouble("inlet_pressure_kpa") ?? double.NaN;
                outlet[i] = row.GetDouble("outlet_pressure_kpa") ?? double.NaN;
                current[i] = row.GetDouble("pump_current_a") ?? double.NaN;
            }

            windows.Add(new DeviceWindow(site, device, s.Tags.GetValueOrDefault("model") ?? string.Empty, times, pressure, flow, temperature)
            {
                InletPressureKpa = inlet,
                OutletPressureKpa = outlet,
                PumpCurrentAmps = current,
            });
        }

        return windows;
    }
}
