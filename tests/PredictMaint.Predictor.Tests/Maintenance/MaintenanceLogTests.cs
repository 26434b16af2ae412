using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;

namespace PredictMaint.Predictor.Tests.Maintenance;

public sealed class MaintenanceLogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void LastVisit_OutOfOrderVisits_NewestAtOrBeforeAsOf()
    {
        var log = new MaintenanceLog();
        log.Record("s", "d", Component.Filter, T0.AddDays(10));
        log.Record("s", "d", Component.Filter, T0);
        Assert.Null(log.LastVisit("s", "d", Component.Filter, T0.AddHours(-1)));
        Assert.Equal(T0, log.LastVisit("s", "d", Component.Filter, T0));
        Assert.Equal(T0, log.LastVisit("s", "d", Component.Filter, T0.AddDays(9)));
        Assert.Equal(T0.AddDays(10), log.LastVisit("s", "d", Component.Filter, T0.AddDays(20)));
    }

    [Fact]
    public void LastVisit_OtherComponentOrDevice_Unaffected()
    {
        var log = new MaintenanceLog();
        log.Record("s", "d", Component.Pump, T0);
        Assert.Null(log.LastVisit("s", "d", Component.Filter, T0.AddDays(1)));
        Assert.Null(log.LastVisit("s", "e", Component.Pump, T0.AddDays(1)));
    }
}
