using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Platform.Tests.Contracts;

public sealed class DevicePartitionTests
{
    // Pieces of ids: the fleet's own characters, two- to four-byte UTF-8, a surrogate pair, and lone
    // surrogate halves (which Encoding.UTF8 replaces by U+FFFD), next to any UTF-16 code unit at all.
    private static readonly Gen<string> AnyId = Gen.ArrayOf(Gen.OneOf(
            Gen.Elements("site", "pur-", "0", "_", "é", "水", "😀", "\uD83D", "\uDE00"),
            Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString())))
        .Select(string.Concat);

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

    [Fact]
    public void Of_FleetShapedIds_BothOverloadsGiveTheSamePartitionAsBefore()
    {
        for (var i = 0; i < 20_000; i++)
        {
            var (site, device, partitions) = ($"site-{(i % 97) + 1:D3}", $"pur-{i + 1:D5}", (i % 16) + 1);
            var before = PartitionBeforeSpans(site, device, partitions);
            Assert.Equal(before, DevicePartition.Of(site, device, partitions));
            Assert.Equal(before, DevicePartition.Of(site.AsSpan(), device.AsSpan(), partitions));
        }
    }

    [Fact]
    public void Of_AnyText_BothOverloadsGiveTheSamePartitionAsBefore() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5_000), Prop.ForAll(AnyId.ToArbitrary(), AnyId.ToArbitrary(), (site, device) =>
        {
            const int Partitions = 1_000_003; // prime and large: nearly the whole hash decides the answer
            var before = PartitionBeforeSpans(site, device, Partitions);
            return DevicePartition.Of(site, device, Partitions) == before
                && DevicePartition.Of(site.AsSpan(), device.AsSpan(), Partitions) == before;
        }));

    [Fact]
    public void Of_IdsSlicedFromATopic_AllocatesNothing()
    {
        const string Topic = "pm/v1/site-042/pur-01234/telemetry";
        var owner = OwnerOf(Topic); // first call: JIT and static initialisation may allocate
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            owner += OwnerOf(Topic);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1_001 * DevicePartition.Of("site-042", "pur-01234", 7), owner);
    }

    /// <summary>What ingest does per message with <c>Ingest:Partitions</c> above 1.</summary>
    private static int OwnerOf(string topic) =>
        Topics.TryParse(topic.AsSpan(), out var site, out var device, out _) ? DevicePartition.Of(site, device, 7) : -1;

    /// <summary>The definition before the span overload existed, kept as the reference: the predictor's and ingest's assignments must not move.</summary>
    private static int PartitionBeforeSpans(string siteId, string deviceId, int partitions)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{siteId}/{deviceId}")))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % (uint)partitions);
    }
}
