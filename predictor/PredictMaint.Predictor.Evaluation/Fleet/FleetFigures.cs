using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>The judged figures of one component, or of all of them summed, for the decision "remaining life &lt; horizon".</summary>
public sealed record FleetFigures(
    int Alarms,
    int TruePositives,
    int Failures,
    int Detected,
    double LeadMedianHours,
    double LeadP10Hours,
    double FalseAlarmsPer1000DeviceMonths,
    int SensorFaultTickets)
{
    public double Precision => Alarms == 0 ? 1 : TruePositives / (double)Alarms;

    public double Recall => Failures == 0 ? 1 : Detected / (double)Failures;

    /// <summary>The figures as <c>key=value</c> pairs, the common tail of every line <c>eval fleet</c> prints.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"precision={Precision:0.000} recall={Recall:0.000} lead_median_h={LeadMedianHours:0.0} lead_p10_h={LeadP10Hours:0.0} false_alarms_per_1000dm={FalseAlarmsPer1000DeviceMonths:0.0} sensor_fault_tickets={SensorFaultTickets}");
}
