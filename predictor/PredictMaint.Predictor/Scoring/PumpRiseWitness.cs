namespace PredictMaint.Predictor.Scoring;

/// <summary>What <see cref="PumpSensorCrossCheck"/> finds behind a rise of the pump wear indicator.</summary>
public enum PumpRiseWitness
{
    /// <summary>No sensor explains the rise (or there is no rise to explain).</summary>
    Wear,

    /// <summary>The filter's apparent resistance ΔP/Q rose with it: a flow meter reading low explains it.</summary>
    FlowSensor,

    /// <summary>The motor's no-load draw rose with it: a current sensor's gain explains it.</summary>
    CurrentSensor,

    /// <summary>It began to climb faster at a point in the window, which wear does not: a flow or current sensor that began to drift explains it.</summary>
    DriftOnset,
}
