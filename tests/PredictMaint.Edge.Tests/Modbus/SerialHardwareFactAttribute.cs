namespace PredictMaint.Edge.Tests.Modbus;

/// <summary>
/// A fact that needs a Modbus RTU slave on a serial line: runs only where <c>PM_MODBUS_RTU_DEVICE</c>
/// names an existing device (e.g. <c>/dev/ttyUSB0</c>) with a purifier board (unit 1, the shared
/// register map) behind it. Tests using it also carry <c>[Trait("Category", "Hardware")]</c>.
/// </summary>
public sealed class SerialHardwareFactAttribute : FactAttribute
{
    public const string Variable = "PM_MODBUS_RTU_DEVICE";

    public SerialHardwareFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } device || !File.Exists(device))
        {
            Skip = $"needs an RS-485 Modbus slave ({Variable} unset or the device is absent)";
        }
    }
}
