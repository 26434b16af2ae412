using System.Globalization;
using System.Text;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.Export;

/// <summary>
/// Writes one device's samples as a labelled historian export, the format <c>pm-eval multivariate</c>
/// reads: <c>timestamp</c>, one column per <see cref="TelemetryChannel"/> the device reported at
/// least once (the simulator does not compute the edge's vibration bands, for example), then 0/1 <c>anomaly</c>
/// (the sample lies inside an <see cref="AnomalyEpisode"/>) and <c>changepoint</c> (the first sample
/// at or after an episode's start, while it lasts). A dropped-out reading is an empty cell, which
/// historians' readers take as "unchanged".
/// </summary>
internal static class LabelledCsvWriter
{
    public static void Write(Stream stream, IReadOnlyList<TelemetrySample> samples, IReadOnlyList<AnomalyEpisode> episodes)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        var channels = TelemetryChannel.All.Where(c => samples.Any(s => c.Read(s) is not null)).ToArray();
        writer.WriteLine("timestamp," + string.Join(',', channels.Select(c => c.FieldName)) + ",anomaly,changepoint");
        var changepoints = ChangepointRows(samples, episodes);
        var line = new StringBuilder();
        for (var row = 0; row < samples.Count; row++)
        {
            var sample = samples[row];
            line.Clear().Append(sample.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            foreach (var channel in channels)
            {
                line.Append(',');
                if (channel.Read(sample) is { } value)
                {
                    line.Append(value.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            var anomalous = episodes.Any(e => e.Start <= sample.Timestamp && sample.Timestamp < e.End);
            line.Append(anomalous ? ",1" : ",0").Append(changepoints.Contains(row) ? ",1" : ",0");
            writer.WriteLine(line);
        }
    }

    /// <summary>Row of the first sample inside each episode (none when the episode falls between samples).</summary>
    private static HashSet<int> ChangepointRows(IReadOnlyList<TelemetrySample> samples, IReadOnlyList<AnomalyEpisode> episodes)
    {
        var rows = new HashSet<int>();
        foreach (var episode in episodes)
        {
            var row = LowerBound(samples, episode.Start);
            if (row < samples.Count && samples[row].Timestamp < episode.End)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static int LowerBound(IReadOnlyList<TelemetrySample> samples, DateTimeOffset time)
    {
        var (low, high) = (0, samples.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = samples[middle].Timestamp < time ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
