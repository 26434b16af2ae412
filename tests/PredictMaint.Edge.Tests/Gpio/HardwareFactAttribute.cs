namespace PredictMaint.Edge.Tests.Gpio;

/// <summary>
/// A fact that needs a real GPIO chip (a Raspberry Pi): skipped where <c>/dev/gpiochip0</c> is
/// absent. Tests using it also carry <c>[Trait("Category", "Hardware")]</c>.
/// </summary>
public sealed class HardwareFactAttribute : FactAttribute
{
    public const string Chip = "/dev/gpiochip0";

    public HardwareFactAttribute()
    {
        if (!File.Exists(Chip))
        {
            Skip = $"needs GPIO hardware ({Chip} is absent on this machine)";
        }
    }
}
