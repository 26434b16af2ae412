using System.Text;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// Which instance (predictor or ingest) owns a device: FNV-1a (32 bit) of <c>site/device</c> modulo the
/// number of partitions. Stable across processes, runtimes and restarts, unlike
/// <see cref="string.GetHashCode()"/>, so every instance agrees without talking to the others.
/// </summary>
public static class DevicePartition
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static int Of(string siteId, string deviceId, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes($"{siteId}/{deviceId}"))
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return (int)(hash % (uint)partitions);
    }
}
