using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Tests.Physics;

public sealed class PumpMotorTests
{
    private readonly PumpMotor _pump = new(WearPerRunningHour: 1e-4, FoulingPerLitre: 1e-6);

    [Fact]
    public void CurrentAmps_MoreFlow_DrawsMoreCurrent() =>
        Assert.True(_pump.CurrentAmps(4.0, 30, 0) > _pump.CurrentAmps(2.0, 30, 0) + 0.2);

    [Fact]
    public void CurrentAmps_HigherHead_DrawsMoreCurrent() =>
        Assert.True(_pump.CurrentAmps(4.0, 100, 0) > _pump.CurrentAmps(4.0, 30, 0));

    [Fact]
    public void CurrentAmps_AtEndOfLifeDegradation_IsAboutFortyPercentAboveNewHydraulicShare()
    {
        var newAmps = _pump.CurrentAmps(4.0, 30, 0);
        var wornAmps = _pump.CurrentAmps(4.0, 30, _pump.EndOfLifeDegradation);
        Assert.InRange(wornAmps / newAmps, 1.2, 1.45);
    }

    [Fact]
    public void DryRunAmps_IsBelowAnyPumpingCurrent() =>
        Assert.True(_pump.DryRunAmps < _pump.CurrentAmps(0.5, 0, 0) && _pump.DryRunAmps > 0);
}
