using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Tests.Features;

public sealed class SensorHealthMonitorTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly SensorHealthMonitor _monitor;

    public SensorHealthMonitorTests() =>
        _monitor = new SensorHealthMonitor(
            new SensorLimits { Minimum = 0, Maximum = 100, StuckTolerance = 0.01, StuckAfter = TimeSpan.FromMinutes(1), DisconnectedAfter = TimeSpan.FromSeconds(5) },
            _time);

    [Fact]
    public void Observe_VaryingInRange_IsOk()
    {
        for (var i = 0; i < 100; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(SensorHealth.Ok, _monitor.Observe(true, 50 + (i % 2)));
        }
    }

    [Fact]
    public void Observe_ConstantForLongerThanStuckAfter_IsStuck()
    {
        Assert.Equal(SensorHealth.Ok, _monitor.Observe(true, 42));
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(SensorHealth.Ok, _monitor.Observe(true, 42.005));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SensorHealth.Stuck, _monitor.Observe(true, 42));
        Assert.Equal(SensorHealth.Ok, _monitor.Observe(true, 43));
    }

    [Fact]
    public void Observe_OutsideLimits_IsOutOfRange() =>
        Assert.Equal(SensorHealth.OutOfRange, _monitor.Observe(true, 180));

    [Fact]
    public void Observe_ReadsFailingLongerThanAllowed_IsDisconnected()
    {
        _monitor.Observe(true, 10);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SensorHealth.Ok, _monitor.Observe(false, 0));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(SensorHealth.Disconnected, _monitor.Observe(false, 0));
        Assert.Equal(SensorHealth.Ok, _monitor.Observe(true, 11));
    }
}
