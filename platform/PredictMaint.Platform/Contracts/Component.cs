namespace PredictMaint.Platform.Contracts;

/// <summary>Names of the maintainable components a prediction or ticket refers to.</summary>
public static class Component
{
    public const string Filter = "filter";
    public const string Pump = "pump";
    public const string Bearing = "bearing";

    public static bool IsKnown(string value) => value is Filter or Pump or Bearing;
}
