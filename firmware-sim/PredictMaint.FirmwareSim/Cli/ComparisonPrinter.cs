using System.Globalization;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>
/// Prints the ticket/ground-truth table, the devices it cannot judge, and a key=value summary as
/// the last line (<c>devices</c> counts only the judged ones).
/// </summary>
internal static class ComparisonPrinter
{
    public static void Print(TicketComparison comparison, IReadOnlyList<UnjudgedDevice> unjudged)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("device      site      profile     filter end of life  ticket raised (device)  predicted failure   lead time  verdict");
        Console.WriteLine("----------  --------  ----------  ------------------  ----------------------  ------------------  ---------  -----------");
        foreach (var row in comparison.Rows.Where(r => r.EndOfLifeAt is not null || r.Tickets.Count > 0).OrderBy(r => r.EndOfLifeAt ?? DateTimeOffset.MaxValue))
        {
            var ticket = row.Tickets.OrderBy(t => t.RaisedAt).FirstOrDefault();
            Console.WriteLine(string.Create(inv,
                $"{row.Truth.DeviceId,-10}  {row.Truth.SiteId,-8}  {row.Truth.Profile,-10}  {Format(row.EndOfLifeAt),-18}  {Format(ticket?.RaisedAt),-22}  {Format(ticket?.PredictedFailureAt),-18}  {(row.LeadTime is { } lead ? $"{lead.TotalHours,7:0}h" : "-"),9}  {row.Verdict}"));
        }

        var quiet = comparison.Rows.Count(r => r.Verdict == TicketComparison.Quiet);
        Console.WriteLine(string.Create(inv, $"({quiet} healthy devices without tickets not listed)"));
        if (unjudged.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Not judged (samples in InfluxDB, no ground truth in this report):");
            foreach (var device in unjudged)
            {
                Console.WriteLine(string.Create(inv, $"  {device.DeviceId,-12}  samples stored {device.SamplesStored,8:N0}  tickets {device.Tickets}"));
            }
        }

        Console.WriteLine(string.Create(inv,
            $"compare devices={comparison.Rows.Count} failing={comparison.Failing} hits={comparison.Hits} missed={comparison.MissedCount} false_alarms={comparison.FalseAlarms} duplicates={comparison.Duplicates} median_lead_h={(comparison.MedianLeadHours is { } m ? m.ToString("0", inv) : "na")} not_judged={unjudged.Count}"));
    }

    private static string Format(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
}
