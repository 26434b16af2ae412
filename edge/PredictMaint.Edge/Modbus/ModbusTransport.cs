namespace PredictMaint.Edge.Modbus;

/// <summary>Values of <see cref="ModbusOptions.Transport"/>.</summary>
public static class ModbusTransport
{
    public const string Tcp = "tcp";
    public const string Rtu = "rtu";
}
