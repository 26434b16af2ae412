using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.Modbus;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Modbus;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Edge.Tests.Modbus;

/// <summary>
/// The firmware simulator's Modbus TCP gateway in-process on a free port, serving one simulated
/// purifier (unit id 1) over <paramref name="map"/>; <see cref="Sample"/> is what its registers hold.
/// </summary>
internal sealed class SimulatedBoard : IDisposable
{
    private readonly ModbusFleet _fleet;
    private readonly ModbusGatewayServer _server;

    public SimulatedBoard(RegisterMap map)
    {
        _fleet = new ModbusFleet(new FleetOptions { Devices = 1, Sites = 1, Seed = 11, Start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero) }, map);
        _fleet.Step();
        Port = FreePort.Next();
        _server = new ModbusGatewayServer("127.0.0.1", Port, _fleet.Registers);
    }

    public int Port { get; }

    public TelemetrySample Sample => _fleet.LastSamples[0];

    public double? Value(string field) => TelemetryChannel.All.Single(c => c.FieldName == field).Read(Sample);

    public void Dispose()
    {
        _server.Dispose();
        _fleet.Dispose();
    }
}
