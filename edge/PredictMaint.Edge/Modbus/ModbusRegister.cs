using PredictMaint.Platform.Modbus;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// One register the agent polls, resolved from configuration. Word registers decode through the
/// shared <see cref="RegisterDefinition"/> (type, word order, scale, and the map's "no reading"
/// sentinels); bits read as 0 or 1. Then <see cref="Offset"/> is added.
/// </summary>
public sealed class ModbusRegister
{
    private readonly RegisterDefinition _decoder;

    public ModbusRegister(string name, ModbusRegisterKind kind, int address, RegisterValueType type, WordOrder wordOrder, double scale, double offset, TimeSpan pollInterval)
    {
        Name = name;
        Kind = kind;
        Address = address;
        Offset = offset;
        PollInterval = pollInterval;
        // Address 0: Decode is handed the register's own words, not the whole table.
        _decoder = new RegisterDefinition { Name = name, Table = RegisterTable.Holding, Address = 0, Type = type, WordOrder = wordOrder, Scale = scale };
    }

    public string Name { get; }

    public ModbusRegisterKind Kind { get; }

    public int Address { get; }

    public RegisterValueType Type => _decoder.Type;

    public WordOrder WordOrder => _decoder.WordOrder;

    public double Scale => _decoder.Scale;

    public double Offset { get; }

    public TimeSpan PollInterval { get; }

    /// <summary>Coils and discrete inputs are bits; holding and input registers are 16-bit words.</summary>
    public bool IsBit => Kind is ModbusRegisterKind.Coil or ModbusRegisterKind.Discrete;

    /// <summary>Addresses the value occupies: 1 for bits and 16-bit types, 2 for 32-bit types.</summary>
    public int Count => IsBit ? 1 : _decoder.RegisterCount;

    public int End => Address + Count;

    /// <summary>The engineering value of the register's words; null when they hold the "no reading" sentinel.</summary>
    public double? Decode(ReadOnlySpan<ushort> words) => _decoder.Decode(words) + Offset;

    public double DecodeBit(byte bit) => ((bit != 0 ? 1 : 0) * Scale) + Offset;
}
