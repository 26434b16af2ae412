namespace PredictMaint.FirmwareSim.Modbus;

/// <summary>Disposes every server of a one-port-per-device setup together.</summary>
internal sealed class ServerGroup(IReadOnlyList<ModbusGatewayServer> servers) : IDisposable
{
    public void Dispose()
    {
        foreach (var server in servers)
        {
            server.Dispose();
        }
    }
}
