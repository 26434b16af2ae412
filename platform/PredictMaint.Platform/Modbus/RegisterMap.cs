using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Modbus;

/// <summary>
/// A purifier sensor board's Modbus register map, shared by the simulator (server) and the edge
/// agent (client). The default is <c>purifier-register-map.json</c> next to this file (embedded,
/// and copied to the output folder so configurations can point at it).
/// </summary>
public sealed record RegisterMap
{
    public const string DefaultFileName = "purifier-register-map.json";

    [JsonPropertyName("version")]
    public required int Version { get; init; }

    [JsonPropertyName("registers")]
    public required IReadOnlyList<RegisterDefinition> Registers { get; init; }

    [JsonPropertyName("waveform")]
    public WaveformBlock? Waveform { get; init; }

    /// <summary>Registers needed in each table (highest used address + 1).</summary>
    public int TableSize(RegisterTable table)
    {
        var registers = Registers.Where(r => r.Table == table).Select(r => r.Address + r.RegisterCount).DefaultIfEmpty(0).Max();
        return Waveform is { } w && w.Table == table ? Math.Max(registers, Math.Max(w.Address + w.Length, w.SequenceAddress + 1)) : registers;
    }

    public static RegisterMap Load(Stream json) =>
        JsonSerializer.Deserialize(json, RegisterMapJsonContext.Default.RegisterMap) ?? throw new InvalidDataException("Empty register map.");

    public static RegisterMap Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static RegisterMap Default { get; } = LoadDefault();

    private static RegisterMap LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(RegisterMap).Namespace + "." + DefaultFileName)
            ?? throw new InvalidOperationException($"{DefaultFileName} is not embedded.");
        return Load(stream);
    }
}
