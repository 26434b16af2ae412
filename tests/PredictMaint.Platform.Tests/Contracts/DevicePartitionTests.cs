using PredictMaint.Platform.Contracts;

namespace PredictMaint.Platform.Tests.Contracts;

public sealed class DevicePartitionTests
{
    [Fact]
    public void Of_ThousandDevicesFourPartitions_EachDeviceInOnePartitionAndAllUsed()
    {
        var counts = new int[4];
        for (var i = 0; i < 1000; i++)
        {
            counts[DevicePartition.Of($"site-{i % 7}", $"dev-{i}", 4)]++;
        }

        Assert.Equal(1000, counts.Sum());
        Assert.All(counts, c => Assert.InRange(c, 150, 350));
    }

    [Fact]
    public void Of_SameDevice_SameAnswerEveryCall() =>
        Assert.Equal(DevicePartition.Of("site-1", "dev-1", 16), DevicePartition.Of("site-1", "dev-1", 16));

    [Fact]
    public void Of_SiteIsPartOfTheKey_SameDeviceIdOnOtherSitesSpreads() =>
        Assert.True(Enumerable.Range(0, 20).Select(s => DevicePartition.Of($"site-{s}", "dev-1", 8)).Distinct().Count() > 1);

    [Fact]
    public void Of_KnownValue_StableAcrossRuntimes() =>
        // FNV-1a (32 bit) of "a/b" is 0x3A8E75C1, computed independently of this code.
        Assert.Equal((int)(0x3A8E75C1u % 1000u), DevicePartition.Of("a", "b", 1000));
}
