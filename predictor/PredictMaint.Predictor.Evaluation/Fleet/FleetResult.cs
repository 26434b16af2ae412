using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>Figures of <c>eval fleet</c> for the decision "remaining life &lt; horizon".</summary>
public sealed record FleetResult(
    int Devices,
    int Alarms,
    int TruePositives,
    int Failures,
    int Detected,
    double LeadMedianHours,
    double LeadP10Hours,
    double FalseAlarmsPer1000DeviceMonths,
    int SensorFaultTickets)
{
    /// <summary>The same figures for each component alone (empty on a component's own result).</summary>
    public IReadOnlyDictionary<string, FleetResult> ByComponent { get; init; } = new Dictionary<string, FleetResult>();

    public double Precision => Alarms == 0 ? 1 : TruePositives / (double)Alarms;

    public double Recall => Failures == 0 ? 1 : Detected / (double)Failures;

    /// <summary>One component's figures, printed above the last line.</summary>
    public string ComponentLine(string component) => string.Create(CultureInfo.InvariantCulture,
        $"component={component} alarms={Alarms} failures={Failures} detected={Detected} precision={Precision:0.000} recall={Recall:0.000} lead_median_h={LeadMedianHours:0.0} lead_p10_h={LeadP10Hours:0.0} false_alarms_per_1000dm={FalseAlarmsPer1000DeviceMonths:0.0} sensor_fault_tickets={SensorFaultTickets}");

    public string LastLine() => string.Create(CultureInfo.InvariantCulture,
        $"fleet devices={Devices} precision={Precision:0.000} recall={Recall:0.000} lead_median_h={LeadMedianHours:0.0} lead_p10_h={LeadP10Hours:0.0} false_alarms_per_1000dm={FalseAlarmsPer1000DeviceMonths:0.0} sensor_fault_tickets={SensorFaultTickets}");
}
