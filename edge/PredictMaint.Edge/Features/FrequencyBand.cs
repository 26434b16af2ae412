namespace PredictMaint.Edge.Features;

/// <summary>A frequency band [<see cref="LowHz"/>, <see cref="HighHz"/>) of a spectrum.</summary>
public readonly record struct FrequencyBand(double LowHz, double HighHz)
{
    public bool Contains(double frequencyHz) => frequencyHz >= LowHz && frequencyHz < HighHz;
}
