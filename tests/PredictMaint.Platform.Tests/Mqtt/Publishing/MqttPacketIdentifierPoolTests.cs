using PredictMaint.Platform.Mqtt.Publishing;

namespace PredictMaint.Platform.Tests.Mqtt.Publishing;

public sealed class MqttPacketIdentifierPoolTests
{
    [Fact]
    public void Allocate_Fresh_StartsAtOne() => Assert.Equal(1, new MqttPacketIdentifierPool().Allocate());

    [Fact]
    public void Allocate_AfterWrapAround_SkipsIdsInUse()
    {
        var pool = new MqttPacketIdentifierPool();
        var ids = Enumerable.Range(0, ushort.MaxValue).Select(_ => pool.Allocate()).ToList();
        foreach (var id in ids.Where(id => id != 2 && id != 65535))
        {
            pool.Release(id);
        }

        Assert.Equal(1, pool.Allocate());
        Assert.Equal(3, pool.Allocate());
    }

    [Fact]
    public void Allocate_AllInUse_Throws()
    {
        var pool = new MqttPacketIdentifierPool();
        for (var i = 0; i < ushort.MaxValue; i++)
        {
            pool.Allocate();
        }

        Assert.Throws<InvalidOperationException>(() => pool.Allocate());
        pool.Release(777);
        Assert.Equal(777, pool.Allocate());
    }
}
