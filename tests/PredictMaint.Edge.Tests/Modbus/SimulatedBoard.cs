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

    /// <summary>The next simulated reading and waveform capture.</summary>
    public void Step() => _fleet.Step();

    /// <summary>The waveform block as the board holds it (scaled), read straight from its register memory.</summary>
    public double[] Waveform(WaveformBlock block)
    {
        var device = _fleet.Registers[0];
        lock (device.Lock)
        {
            var table = block.Table == RegisterTable.Holding ? device.Mapping.HoldingRegisters : device.Mapping.InputRegisters;
            return [.. table.Slice(block.Address, block.Length).ToArray().Select(raw => (short)raw * block.Scale)];
        }
    }

    public void Dispose()
    {
        _server.Dispose();
        _fleet.Dispose();
    }
}
