using System.Globalization;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// CPU time (user + system) a process has used so far, from <c>/proc/PID/stat</c>. Wall-clock rates
/// swing with the machine's other load; CPU seconds per point change much less, so they show which
/// process costs what.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: the unit of utime/stime in /proc; 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>CPU seconds used by <paramref name="pid"/>; 0 when it is gone.</summary>
    public static double Seconds(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (utime + stime) / TicksPerSecond;
    }

    /// <summary>The PID a service script recorded in its data folder (e.g. <c>influxd.pid</c>).</summary>
    public static int FromPidFile(string directory, string fileName) =>
        int.Parse(File.ReadAllText(Path.Combine(directory, fileName)).Trim(), CultureInfo.InvariantCulture);

    /// <summary>The 1-minute load average, to show how busy the machine was.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
