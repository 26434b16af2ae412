using System.Globalization;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>
/// Prints the ticket/ground-truth table of each component, the devices it cannot judge, a summary
/// line per component and a key=value summary over all components as the last line
/// (<c>devices</c> counts only the judged ones).
/// </summary>
internal static class ComparisonPrinter
{
    public static void Print(IReadOnlyList<(string Component, TicketComparison Comparison)> comparisons, IReadOnlyList<UnjudgedDevice> unjudged)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("device      site      profile     component  end of life         ticket raised (device)  predicted failure   lead time  verdict");
        Console.WriteLine("----------  --------  ----------  ---------  ------------------  ----------------------  ------------------  ---------  -----------");
        foreach (var (component, comparison) in comparisons)
        {
            foreach (var row in comparison.Rows.Where(r => r.EndOfLifeAt is not null || r.Tickets.Count > 0).OrderBy(r => r.EndOfLifeAt ?? DateTimeOffset.MaxValue))
            {
                var ticket = row.Tickets.OrderBy(t => t.RaisedAt).FirstOrDefault();
                Console.WriteLine(string.Create(inv,
                    $"{row.Truth.DeviceId,-10}  {row.Truth.SiteId,-8}  {row.Truth.Profile,-10}  {component,-9}  {Format(row.EndOfLifeAt),-18}  {Format(ticket?.RaisedAt),-22}  {Format(ticket?.PredictedFailureAt),-18}  {(row.LeadTime is { } lead ? $"{lead.TotalHours,7:0}h" : "-"),9}  {row.Verdict}"));
            }
        }

        var devices = comparisons[0].Comparison.Rows.Count;
        var quiet = devices - comparisons.SelectMany(c => c.Comparison.Rows.Where(r => r.Verdict != TicketComparison.Quiet).Select(r => r.Truth.DeviceId)).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Create(inv, $"({quiet} devices with no failure and no ticket not listed)"));
        if (unjudged.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Not judged (samples in InfluxDB, no ground truth in this report):");
            foreach (var device in unjudged)
            {
                Console.WriteLine(string.Create(inv, $"  {device.DeviceId,-12}  samples stored {device.SamplesStored,8:N0}  tickets {device.Tickets}"));
            }
        }

        Console.WriteLine();
        foreach (var (component, comparison) in comparisons)
        {
            Console.WriteLine(string.Create(inv, $"{component,-8} {Summary(comparison.Failing, comparison.Hits, comparison.MissedCount, comparison.FalseAlarms, comparison.Duplicates, comparison.MedianLeadHours)}"));
        }

        var all = comparisons.Select(c => c.Comparison).ToArray();
        Console.WriteLine(string.Create(inv,
            $"compare devices={devices} {Summary(all.Sum(c => c.Failing), all.Sum(c => c.Hits), all.Sum(c => c.MissedCount), all.Sum(c => c.FalseAlarms), all.Sum(c => c.Duplicates), TicketComparison.MedianLead(all.SelectMany(c => c.Rows)))} not_judged={unjudged.Count}"));
    }

    private static string Summary(int failing, int hits, int missed, int falseAlarms, int duplicates, double? medianLeadHours) =>
        string.Create(CultureInfo.InvariantCulture,
            $"failing={failing} hits={hits} missed={missed} false_alarms={falseAlarms} duplicates={duplicates} median_lead_h={(medianLeadHours is { } m ? m.ToString("0", CultureInfo.InvariantCulture) : "na")}");

    private static string Format(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
}
