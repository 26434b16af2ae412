using Microsoft.Extensions.Logging.Abstractions;
using PredictMaint.Edge.Modbus;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Modbus;

namespace PredictMaint.Edge.Tests.Modbus;

/// <summary>The poller through libmodbus against the firmware simulator's Modbus TCP gateway.</summary>
public sealed class ModbusPollerTests
{
    [Fact]
    public void PollDue_SharedRegisterMap_EveryTelemetryRegisterIsTheSimulatedValueInOneRequest()
    {
        using var board = new SimulatedBoard(RegisterMap.Default);
        using var poller = CreatePoller(new ModbusOptions { Port = board.Port, RegisterMapFile = RegisterMap.DefaultFileName });

        poller.PollDue();

        // Every telemetry field the board has a register for (the edge-computed vibration features have none).
        var mapped = TelemetryChannel.All.Select(c => c.FieldName).Where(f => RegisterMap.Default.Registers.Any(r => r.Name == f)).Order().ToList();
        Assert.Equal(13, mapped.Count);
        Assert.Equal(mapped, poller.Registers.Select(r => r.Name).Order());
        for (var i = 0; i < poller.Registers.Count; i++)
        {
            var register = poller.Registers[i];
            var reading = poller.Reading(i);
            Assert.Null(reading.Error);
            Assert.Equal(board.Value(register.Name)!.Value, reading.Value!.Value, (register.Scale / 2) + 1e-9);
        }

        Assert.Equal(1, poller.Requests); // HR 0..12 in one block
        Assert.Empty(poller.Errors());
    }

    [Fact]
    public void PollDue_TypedRegistersBothTablesAndOffset_DecodedAsConfigured()
    {
        RegisterDefinition[] served =
        [
            new() { Name = "water_temp_c", Table = RegisterTable.Holding, Address = 0, Type = RegisterValueType.Signed32, WordOrder = WordOrder.LowWordFirst, Scale = 0.0001 },
            new() { Name = "flow_lpm", Table = RegisterTable.Holding, Address = 2, Type = RegisterValueType.Unsigned32, Scale = 0.00001 },
            new() { Name = "pressure_drop_kpa", Table = RegisterTable.Holding, Address = 10, Type = RegisterValueType.Single32, WordOrder = WordOrder.LowWordFirst },
            new() { Name = "pump_current_a", Table = RegisterTable.Holding, Address = 40, Type = RegisterValueType.Signed16, Scale = 0.001 },
            new() { Name = "inlet_pressure_kpa", Table = RegisterTable.Input, Address = 5, Type = RegisterValueType.Unsigned16, Scale = 0.1 },
        ];
        using var board = new SimulatedBoard(new RegisterMap { Version = 1, Registers = served });
        using var poller = CreatePoller(new ModbusOptions
        {
            Port = board.Port,
            Registers =
            [
                new() { Name = "water_temp_c", Address = 0, Type = "int32", WordOrder = "low_word_first", Scale = 0.0001 },
                new() { Name = "flow_lpm", Address = 2, Type = "uint32", Scale = 0.00001 },
                new() { Name = "pressure_drop_kpa", Address = 10, Type = "float32", WordOrder = "low_word_first" },
                new() { Name = "pump_current_a", Address = 40, Type = "int16", Scale = 0.001 },
                new() { Name = "inlet_pressure_kpa", Kind = "input", Address = 5, Scale = 0.1, Offset = -100 },
            ],
        });

        poller.PollDue();

        var values = poller.Registers.Select((r, i) => (r.Name, poller.Reading(i).Value)).ToDictionary(p => p.Name, p => p.Value!.Value);
        Assert.Equal(board.Value("water_temp_c")!.Value, values["water_temp_c"], 0.0001);
        Assert.Equal(board.Value("flow_lpm")!.Value, values["flow_lpm"], 0.00001);
        Assert.Equal(board.Value("pressure_drop_kpa")!.Value, values["pressure_drop_kpa"], 1e-4);
        Assert.Equal(board.Value("pump_current_a")!.Value, values["pump_current_a"], 0.001);
        Assert.Equal(board.Value("inlet_pressure_kpa")!.Value - 100, values["inlet_pressure_kpa"], 0.05 + 1e-9);
        Assert.Equal(3, poller.Requests); // HR 0..11, HR 40, IR 5
    }

    [Fact]
    public void PollDue_OneAddressTheDeviceRefuses_OnlyThatRegisterFails()
    {
        using var board = new SimulatedBoard(RegisterMap.Default);
        var holding = RegisterMap.Default.TableSize(RegisterTable.Holding);
        using var poller = CreatePoller(new ModbusOptions
        {
            Port = board.Port,
            MaxGap = 100,
            Registers =
            [
                new() { Name = "inlet_pressure_kpa", Address = 0, Scale = 0.1 },
                new() { Name = "tds_out_ppm", Address = holding, Scale = 0.01 },
            ],
        });

        poller.PollDue();

        Assert.Equal(board.Value("inlet_pressure_kpa")!.Value, poller.Reading(0).Value!.Value, 0.05 + 1e-9);
        var error = Assert.Single(poller.Errors());
        Assert.Equal("tds_out_ppm", error.Key);
        Assert.Contains("address", error.Value, StringComparison.OrdinalIgnoreCase);
        Assert.Null(poller.Reading(1).Value);
        Assert.Equal(1, poller.Connects);
    }

    [Fact]
    public void PollDue_NothingListening_EveryRegisterReportsTheLinkError()
    {
        using var poller = CreatePoller(new ModbusOptions
        {
            Port = PredictMaint.Testing.Servers.FreePort.Next(),
            Registers = [new() { Name = "flow_lpm", Address = 3, Scale = 0.001 }, new() { Name = "leak_detected", Kind = "discrete", Address = 0 }],
        });

        poller.PollDue();

        var errors = poller.Errors();
        Assert.Equal(["flow_lpm", "leak_detected"], errors.Keys.Order());
        Assert.All(errors.Values, e => Assert.Contains("Connection refused", e, StringComparison.Ordinal));
        Assert.Equal(0, poller.Connects);
    }

    internal static ModbusPoller CreatePoller(ModbusOptions options)
    {
        options.ResponseTimeout = TimeSpan.FromMilliseconds(500);
        options.PollInterval = TimeSpan.FromMilliseconds(50);
        return new ModbusPoller(
            new LibModbusTransport(options), ModbusRegisterMap.Resolve(options, AppContext.BaseDirectory), options, TimeProvider.System, NullLogger<ModbusPoller>.Instance);
    }
}
