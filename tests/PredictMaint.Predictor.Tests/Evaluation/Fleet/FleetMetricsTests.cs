using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Evaluation.Fleet;

namespace PredictMaint.Predictor.Tests.Evaluation.Fleet;

public sealed class FleetMetricsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, IReadOnlySet<string>> Sensors = new() { [Component.Filter] = FleetEvaluation.FilterSensors };

    private static DeviceTruth Truth(string device, DateTimeOffset[] failures, FaultTruth[]? faults = null) => new()
    {
        SiteId = "s", DeviceId = device, Model = "m", Profile = "household", FilterEndOfLifeLitres = 1, FilteredLitresAtEnd = 1,
        Components = [new ComponentTruth { Component = Component.Filter, Failures = failures.Select(f => new FailureTruth { At = f, Mode = "clogged" }).ToArray(), LifeUsedAtEnd = 0 }],
        Faults = faults ?? [],
    };

    private static FleetAlarm Alarm(string device, double hours) => new(device, Component.Filter, Start.AddHours(hours), Start.AddHours(hours + 60));

    [Fact]
    public void Judge_OneEarlyEnoughOneFalseOneFromFaultySensor_CountsEach()
    {
        var failure = Start.AddDays(10);
        var pressureFault = new FaultTruth { Kind = "wrong_scaling", Channel = "pressure_drop_kpa", Start = Start.AddDays(4), End = Start.AddDays(5) };
        var devices = new (IReadOnlyList<FleetAlarm>, DeviceTruth)[]
        {
            ([Alarm("a", (10 * 24) - 80)], Truth("a", [failure])),
            ([Alarm("b", 100)], Truth("b", [])),
            ([Alarm("c", (4 * 24) + 12)], Truth("c", [], [pressureFault])),
        };

        var result = FleetMetrics.Judge(devices, Sensors, TimeSpan.FromHours(72), TimeSpan.FromHours(48), Start, TimeSpan.FromDays(30));

        var all = result.All;
        Assert.Equal((3, 1, 1, 1), (all.Alarms, all.TruePositives, all.Failures, all.Detected));
        Assert.Equal(80, all.LeadMedianHours, 6);
        Assert.Equal(1, all.SensorFaultTickets);
        Assert.Equal(2 * 1000.0 / 3, all.FalseAlarmsPer1000DeviceMonths, 6);
    }

    [Fact]
    public void Judge_AlarmTooEarly_IsFalseAndFailureMissed()
    {
        var devices = new (IReadOnlyList<FleetAlarm>, DeviceTruth)[] { ([Alarm("a", 24 * 3)], Truth("a", [Start.AddDays(10)])) };
        var result = FleetMetrics.Judge(devices, Sensors, TimeSpan.FromHours(72), TimeSpan.FromHours(48), Start, TimeSpan.FromDays(30));
        Assert.Equal((0, 0), (result.All.TruePositives, result.All.Detected));
        Assert.Equal(0, result.All.Recall);
    }

    [Fact]
    public void Judge_TwoComponents_EachJudgedAloneAndSummed()
    {
        var sensors = new Dictionary<string, IReadOnlySet<string>> { [Component.Filter] = FleetEvaluation.FilterSensors, [Component.Pump] = new HashSet<string>() };
        var failure = Start.AddDays(10);
        var pumpAlarm = new FleetAlarm("a", Component.Pump, Start.AddDays(2), Start.AddDays(3)); // no pump failure: false
        var devices = new (IReadOnlyList<FleetAlarm>, DeviceTruth)[] { ([Alarm("a", (10 * 24) - 50), pumpAlarm], Truth("a", [failure])) };

        var result = FleetMetrics.Judge(devices, sensors, TimeSpan.FromHours(72), TimeSpan.FromHours(48), Start, TimeSpan.FromDays(30));

        var filter = result.ByComponent[Component.Filter];
        var pump = result.ByComponent[Component.Pump];
        Assert.Equal((1, 1, 1, 1.0), (filter.Alarms, filter.Detected, filter.Failures, filter.Precision));
        Assert.Equal(50, filter.LeadMedianHours, 6);
        Assert.Equal((1, 0, 0, 0.0), (pump.Alarms, pump.TruePositives, pump.Failures, pump.Precision));
        Assert.Equal((2, 1, 0.5), (result.All.Alarms, result.All.TruePositives, result.All.Precision));
        Assert.StartsWith("component=pump alarms=1 failures=0", result.ComponentLine(Component.Pump), StringComparison.Ordinal);
    }

    [Fact]
    public void ComponentLineAndLastLine_SameFigures_SameTail()
    {
        var figures = new FleetFigures(4, 3, 5, 2, 71.24, 50.04, 12.31, 1);
        var result = new FleetResult(7, figures, new Dictionary<string, FleetFigures> { [Component.Pump] = figures });

        const string Tail = "precision=0.750 recall=0.400 lead_median_h=71.2 lead_p10_h=50.0 false_alarms_per_1000dm=12.3 sensor_fault_tickets=1";
        Assert.Equal("fleet devices=7 " + Tail, result.LastLine());
        Assert.Equal("component=pump alarms=4 failures=5 detected=2 " + Tail, result.ComponentLine(Component.Pump));
    }
}
