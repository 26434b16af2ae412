using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Modbus;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// Turns <see cref="ModbusOptions"/> into the registers to poll: the map file's registers that
/// are telemetry channels (others, such as the board's own timestamp, are not published), then
/// the inline registers, an inline one replacing a map register of the same name.
/// </summary>
public static class ModbusRegisterMap
{
    public static IReadOnlyList<ModbusRegister> Resolve(ModbusOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var registers = new Dictionary<string, ModbusRegister>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(options.RegisterMapFile))
        {
            foreach (var definition in RegisterMap.Load(Path.Combine(baseDirectory, options.RegisterMapFile)).Registers)
            {
                if (IsTelemetryField(definition.Name))
                {
                    var kind = definition.Table == RegisterTable.Holding ? ModbusRegisterKind.Holding : ModbusRegisterKind.Input;
                    registers[definition.Name] = new ModbusRegister(
                        definition.Name, kind, definition.Address, definition.Type, definition.WordOrder, definition.Scale, 0, options.PollInterval);
                }
            }
        }

        foreach (var register in options.Registers)
        {
            registers[register.Name] = new ModbusRegister(
                register.Name, ParseKind(register.Kind), register.Address, ParseType(register.Type), ParseWordOrder(register.WordOrder),
                register.Scale, register.Offset, register.PollInterval ?? options.PollInterval);
        }

        return [.. registers.Values.OrderBy(r => r.Kind).ThenBy(r => r.Address)];
    }

    /// <summary>The map file's waveform block when <see cref="ModbusOptions.ReadWaveform"/> is on and the map has one.</summary>
    public static WaveformBlock? ResolveWaveform(ModbusOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ReadWaveform && !string.IsNullOrWhiteSpace(options.RegisterMapFile)
            ? RegisterMap.Load(Path.Combine(baseDirectory, options.RegisterMapFile)).Waveform
            : null;
    }

    /// <summary>Mistakes that data annotations cannot see; empty when the configuration is usable.</summary>
    public static IEnumerable<string> Validate(ModbusOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var register in options.Registers.Where(r => !IsTelemetryField(r.Name)))
        {
            yield return $"Modbus:Registers: '{register.Name}' is not a telemetry field; fields: {string.Join(", ", TelemetryChannel.All.Select(c => c.FieldName))}.";
        }

        foreach (var register in options.Registers.Where(r => r.Scale == 0 || !double.IsFinite(r.Scale) || !double.IsFinite(r.Offset)))
        {
            yield return $"Modbus:Registers: '{register.Name}' needs a finite, non-zero Scale and a finite Offset.";
        }

        foreach (var name in options.Registers.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return $"Modbus:Registers: '{name}' is configured more than once.";
        }

        if (options.ReconnectDelayMin > options.ReconnectDelayMax)
        {
            yield return "Modbus:ReconnectDelayMin must not exceed Modbus:ReconnectDelayMax.";
        }

        string? mapError = null;
        if (!string.IsNullOrWhiteSpace(options.RegisterMapFile))
        {
            var path = Path.Combine(baseDirectory, options.RegisterMapFile);
            try
            {
                if (RegisterMap.Load(path).Waveform is { } waveform && options.ReadWaveform && ModbusWaveformReader.QuantityOf(waveform.Unit) is null)
                {
                    mapError = $"Modbus:RegisterMapFile '{path}': the waveform's unit '{waveform.Unit}' must be mm/s or m/s² (or set Modbus:ReadWaveform=false).";
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
            {
                mapError = $"Modbus:RegisterMapFile '{path}' cannot be read: {ex.Message}";
            }
        }

        if (mapError is not null)
        {
            yield return mapError;
        }
        else if (string.IsNullOrWhiteSpace(options.RegisterMapFile) && options.Registers.Count == 0)
        {
            yield return "Modbus: configure Registers or a RegisterMapFile (Sampling:Source is modbus).";
        }
    }

    private static bool IsTelemetryField(string name) => TelemetryChannel.All.Any(c => c.FieldName == name);

    private static ModbusRegisterKind ParseKind(string kind) => kind switch
    {
        "input" => ModbusRegisterKind.Input,
        "coil" => ModbusRegisterKind.Coil,
        "discrete" => ModbusRegisterKind.Discrete,
        _ => ModbusRegisterKind.Holding,
    };

    private static RegisterValueType ParseType(string type) => type switch
    {
        "int16" => RegisterValueType.Signed16,
        "int32" => RegisterValueType.Signed32,
        "uint32" => RegisterValueType.Unsigned32,
        "float32" => RegisterValueType.Single32,
        _ => RegisterValueType.Unsigned16,
    };

    private static WordOrder ParseWordOrder(string order) => order == "low_word_first" ? WordOrder.LowWordFirst : WordOrder.HighWordFirst;
}
