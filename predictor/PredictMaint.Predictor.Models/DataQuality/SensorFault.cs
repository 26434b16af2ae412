namespace PredictMaint.Predictor.Models.DataQuality;

/// <summary>Why a sensor's window cannot be trusted; <see cref="None"/> when it can.</summary>
public enum SensorFault
{
    None,
    Missing,
    Stuck,
    Implausible,
}
