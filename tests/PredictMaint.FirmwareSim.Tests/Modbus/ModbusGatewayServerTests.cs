using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.Modbus;
using PredictMaint.Platform.Modbus;
using PredictMaint.Platform.Modbus.Native;

namespace PredictMaint.FirmwareSim.Tests.Modbus;

public sealed class ModbusGatewayServerTests : IDisposable
{
    private readonly ModbusFleet _fleet;
    private readonly ModbusGatewayServer _server;
    private readonly int _port;

    public ModbusGatewayServerTests()
    {
        _fleet = new ModbusFleet(new FleetOptions { Devices = 3, Sites = 1, Seed = 5, Start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero) }, RegisterMap.Default);
        _fleet.Step();
        _port = FreePort();
        _server = new ModbusGatewayServer("127.0.0.1", _port, _fleet.Registers);
    }

    public void Dispose()
    {
        _server.Dispose();
        _fleet.Dispose();
    }

    [Fact]
    public void ReadHoldingRegisters_EveryDocumentedRegister_DecodesToTheSimulatedValue()
    {
        for (var unit = 1; unit <= 3; unit++)
        {
            using var client = Connect(unit);
            var table = new ushort[RegisterMap.Default.TableSize(RegisterTable.Holding)];
            client.ReadHoldingRegisters(0, table);
            var sample = _fleet.LastSamples[unit - 1];
            // Edge-computed channels (crest factor, band energies) have no register.
            var mapped = PredictMaint.Platform.Contracts.TelemetryChannel.All.Where(c => RegisterMap.Default.Registers.Any(r => r.Name == c.FieldName)).ToList();
            Assert.Equal(13, mapped.Count);
            foreach (var channel in mapped)
            {
                var register = RegisterMap.Default.Registers.Single(r => r.Name == channel.FieldName);
                Assert.Equal(channel.Read(sample) ?? double.NaN, register.Decode(table) ?? double.NaN, register.Scale / 2 + 1e-9);
            }

            Assert.Equal(sample.Timestamp.ToUnixTimeSeconds(), RegisterMap.Default.Registers.Single(r => r.Name == "timestamp_unix_s").Decode(table));
            Assert.Equal(_fleet.Devices[unit - 1].FilteredLitres, RegisterMap.Default.Registers.Single(r => r.Name == "filtered_volume_l").Decode(table)!.Value, 0.06);
            Assert.Equal(sample.PressureDropKpa!.Value, RegisterMap.Default.Registers.Single(r => r.Name == "pressure_drop_kpa_f32").Decode(table)!.Value, 1e-4);
        }
    }

    [Fact]
    public void ReadInputRegisters_Waveform_HasTheSampleRms()
    {
        using var client = Connect(1);
        var block = RegisterMap.Default.Waveform!;
        var raw = new ushort[block.Length];
        for (var offset = 0; offset < block.Length; offset += ModbusContext.MaxReadRegisters)
        {
            client.ReadInputRegisters(block.Address + offset, raw.AsSpan(offset, Math.Min(ModbusContext.MaxReadRegisters, block.Length - offset)));
        }

        var values = raw.Select(r => (short)r * block.Scale).ToArray();
        var rms = Math.Sqrt(values.Select(v => v * v).Average());
        Assert.Equal(_fleet.LastSamples[0].VibrationRmsMillimetresPerSecond!.Value, rms, 0.02);
    }

    [Fact]
    public void Mbpoll_HoldingRegisterCountedFromOne_ReadsTheRawValue()
    {
        var register = RegisterMap.Default.Registers.Single(r => r.Name == "inlet_pressure_kpa");
        var args = string.Create(CultureInfo.InvariantCulture, $"-m tcp -a 2 -r {register.Address + 1} -c 1 -t 4 -1 -p {_port} 127.0.0.1");
        using var process = Process.Start(new ProcessStartInfo("mbpoll", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(10_000));
        var line = output.Split('\n').Single(l => l.StartsWith($"[{register.Address + 1}]:", StringComparison.Ordinal));
        var raw = int.Parse(line.Split(':')[1].Trim(), CultureInfo.InvariantCulture);
        Assert.Equal(_fleet.LastSamples[1].InletPressureKpa!.Value, raw * register.Scale, 0.051);
    }

    [Fact]
    public async Task ReadHoldingRegisters_SeveralClientsAtOnce_AllGetTheirDevice()
    {
        var readers = Enumerable.Range(1, 3).Select(unit => Task.Run(() =>
        {
            using var client = Connect(unit);
            var table = new ushort[13];
            for (var i = 0; i < 50; i++)
            {
                client.ReadHoldingRegisters(0, table);
            }

            return (unit, table[0]);
        }));
        foreach (var (unit, inlet) in await Task.WhenAll(readers))
        {
            Assert.Equal(_fleet.LastSamples[unit - 1].InletPressureKpa!.Value, inlet * 0.1, 0.051);
        }
    }

    [Fact]
    public void ReadHoldingRegisters_UnknownUnitOrBadAddress_ModbusException()
    {
        using var unknown = Connect(99);
        Assert.Throws<ModbusException>(() => unknown.ReadHoldingRegisters(0, new ushort[2]));
        using var client = Connect(1);
        var error = Assert.Throws<ModbusException>(() => client.ReadHoldingRegisters(60_000, new ushort[2]));
        Assert.Contains("Illegal data address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RawRequest_UnknownFunctionOrGarbage_ExceptionOrClosedAndServerKeepsServing()
    {
        using (var socket = new TcpClient("127.0.0.1", _port))
        {
            var stream = socket.GetStream();
            // MBAP: transaction 1, protocol 0, length 2, unit 1; function 0x55 (not a Modbus function).
            stream.Write([0, 1, 0, 0, 0, 2, 1, 0x55]);
            var response = new byte[9];
            stream.ReadExactly(response);
            Assert.Equal((byte)(0x55 | 0x80), response[7]);
            Assert.Equal(0x01, response[8]);
        }

        using (var socket = new TcpClient("127.0.0.1", _port))
        {
            var stream = socket.GetStream();
            stream.Write([0xde, 0xad, 0xbe, 0xef, 0xff, 0xff, 0x01, 0x03, 0x00, 0x00, 0x00, 0x7d, 0x42, 0x42]);
            socket.Client.Shutdown(SocketShutdown.Send);
            var buffer = new byte[512];
            while (stream.Read(buffer) > 0)
            {
            }
        }

        using var client = Connect(3);
        var table = new ushort[1];
        client.ReadHoldingRegisters(0, table);
        Assert.Equal(_fleet.LastSamples[2].InletPressureKpa!.Value, table[0] * 0.1, 0.051);
    }

    [Fact]
    public void OnePortPerDevice_EachPortUnitOne_ServesItsOwnDevice()
    {
        var ports = _fleet.Registers.Select(_ => FreePort()).ToArray();
        var servers = _fleet.Registers.Select((device, i) => new ModbusGatewayServer("127.0.0.1", ports[i], [device])).ToList();
        try
        {
            var inlet = RegisterMap.Default.Registers.Single(r => r.Name == "inlet_pressure_kpa");
            for (var i = 0; i < ports.Length; i++)
            {
                using var client = ModbusContext.CreateTcp("127.0.0.1", ports[i]);
                client.SetUnitId(1);
                client.SetResponseTimeout(TimeSpan.FromSeconds(5));
                client.Connect();
                var table = new ushort[RegisterMap.Default.TableSize(RegisterTable.Holding)];
                client.ReadHoldingRegisters(0, table);
                Assert.Equal(_fleet.LastSamples[i].InletPressureKpa!.Value, inlet.Decode(table)!.Value, inlet.Scale / 2 + 1e-9);
            }
        }
        finally
        {
            servers.ForEach(s => s.Dispose());
        }
    }

    private ModbusContext Connect(int unit)
    {
        var client = ModbusContext.CreateTcp("127.0.0.1", _port);
        client.SetUnitId(unit);
        client.SetResponseTimeout(TimeSpan.FromSeconds(5));
        client.Connect();
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
