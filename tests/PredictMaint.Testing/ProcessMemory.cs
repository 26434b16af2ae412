using System.Globalization;

namespace PredictMaint.Testing;

/// <summary>
/// A process's resident memory as Linux reports it in <c>/proc/&lt;pid&gt;/status</c>: the kernel's own
/// high-water mark (<c>VmHWM</c>) and the current size (<c>VmRSS</c>), in kB.
/// </summary>
public readonly record struct ProcessMemory(long PeakKilobytes, long CurrentKilobytes)
{
    public double PeakMegabytes => PeakKilobytes / 1024.0;

    /// <summary>Reads a running process; throws when it has exited or has no such lines.</summary>
    public static ProcessMemory Read(int processId) =>
        TryRead(processId) ?? throw new InvalidOperationException($"no memory figures for process {processId.ToString(CultureInfo.InvariantCulture)} (has it exited?)");

    /// <summary>Null when the process is not running (0 or an id that exited between the lookup and the read).</summary>
    public static ProcessMemory? TryRead(int processId)
    {
        if (processId <= 0)
        {
            return null;
        }

        try
        {
            long? peak = null, current = null;
            foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    current = Kilobytes(line);
                }
            }

            return peak is null || current is null ? null : new ProcessMemory(Math.Max(peak.Value, current.Value), current.Value);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Kilobytes(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
