namespace PredictMaint.Platform.Physics;

/// <summary>
/// Dynamic viscosity of liquid water, used to correct filter pressure drop for temperature:
/// by Darcy's law the pressure drop through a porous medium at a given flow is proportional to
/// viscosity, so cold water reads as a more clogged filter than it is.
/// </summary>
/// <remarks>
/// Vogel-type correlation μ(T) = A · 10^(B / (T − C)) with T in kelvin, A = 2.414·10⁻⁵ Pa·s,
/// B = 247.8 K, C = 140 K (within about 2.5 % between 0 and 370 °C).
/// </remarks>
public static class WaterViscosity
{
    public const double ReferenceTemperatureCelsius = 20.0;

    /// <summary>Viscosity in Pa·s at <paramref name="temperatureCelsius"/>.</summary>
    public static double PascalSeconds(double temperatureCelsius)
    {
        var kelvin = Math.Clamp(temperatureCelsius, 0.0, 100.0) + 273.15;
        return 2.414e-5 * Math.Pow(10.0, 247.8 / (kelvin - 140.0));
    }

    /// <summary>μ(T) / μ(20 °C): multiply a pressure drop at 20 °C by this to get it at T.</summary>
    public static double RelativeToReference(double temperatureCelsius) =>
        PascalSeconds(temperatureCelsius) / PascalSeconds(ReferenceTemperatureCelsius);
}
