using System.Globalization;
using System.Text;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest.Rollups;

/// <summary>
/// The InfluxQL that recomputes one bucket from the raw points: mean, min, max and count of every
/// telemetry channel, written INTO the rollup measurement with the raw tags kept. Rerunning it
/// overwrites the same points, so a bucket can be recomputed any number of times, by any instance.
/// Site and device ids are bound parameters; the time zone name is checked against the system's
/// zones before it gets here and quoted as a string literal.
/// </summary>
public static class RollupQuery
{
    private const long UnixEpochTicks = 621_355_968_000_000_000;

    private static readonly string Aggregates = string.Join(", ", TelemetryChannel.All.SelectMany(channel =>
        new[] { "mean", "min", "max", "count" }.Select(function =>
            $"{function}({InfluxQl.QuoteIdentifier(channel.FieldName)}) AS {InfluxQl.QuoteIdentifier(channel.FieldName + "_" + function)}")));

    /// <param name="devices">Devices to recompute, or null for every device (of the site, for a daily bucket).</param>
    public static (string Statement, Dictionary<string, object> Parameters) For(RollupBucket bucket, string measurement, IReadOnlyList<string>? devices)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        var where = new StringBuilder();
        where.Append(CultureInfo.InvariantCulture, $"time >= {Nanoseconds(bucket.Start)} AND time < {Nanoseconds(bucket.End)}");
        if (bucket.SiteId is { } site)
        {
            where.Append(" AND site = $site");
            parameters["site"] = site;
        }

        if (devices is { Count: > 0 })
        {
            where.Append(" AND (");
            for (var i = 0; i < devices.Count; i++)
            {
                where.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : " OR ")}device = $d{i}");
                parameters["d" + i.ToString(CultureInfo.InvariantCulture)] = devices[i];
            }

            where.Append(')');
        }

        var group = bucket.Kind == RollupKind.Hourly
            ? "GROUP BY time(1h), *"
            : $"GROUP BY time(1d), * tz({InfluxQl.QuoteString(bucket.TimeZoneId)})";
        var statement = $"SELECT {Aggregates} INTO {InfluxQl.QuoteIdentifier(measurement)} FROM {InfluxQl.QuoteIdentifier(TelemetryPoints.Measurement)} WHERE {where} {group}";
        return (statement, parameters);
    }

    private static long Nanoseconds(DateTimeOffset time) => (time.UtcTicks - UnixEpochTicks) * 100;
}
