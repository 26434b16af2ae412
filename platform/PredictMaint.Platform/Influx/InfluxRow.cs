using System.Globalization;
using PredictMaint.Platform.Influx.LineProtocol;

namespace PredictMaint.Platform.Influx;

/// <summary>
/// One row of an <see cref="InfluxSeries"/>. Values are <see cref="long"/> (JSON numbers without a fraction),
/// <see cref="double"/>, <see cref="string"/>, <see cref="bool"/> or null. A float field whose value happens to be
/// whole arrives as a <see cref="long"/>, so <see cref="GetDouble"/> accepts both.
/// </summary>
public sealed class InfluxRow
{
    private readonly IReadOnlyDictionary<string, int> _columnIndex;
    private readonly object?[] _values;

    internal InfluxRow(IReadOnlyDictionary<string, int> columnIndex, object?[] values)
    {
        _columnIndex = columnIndex;
        _values = values;
    }

    public IReadOnlyList<object?> Values => _values;

    public object? this[string column] => _values[IndexOf(column)];

    public bool HasColumn(string column) => _columnIndex.ContainsKey(column);

    /// <summary>The time column; exact to 100 ns (.NET ticks). Use <see cref="GetTimeNanoseconds"/> for the full value.</summary>
    public DateTimeOffset GetTime(string column = "time") => this[column] switch
    {
        long nanoseconds => TimestampConverter.FromNanoseconds(nanoseconds),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        var other => throw Mismatch(column, other, "a time"),
    };

    /// <summary>Nanoseconds since the Unix epoch, as the client requests them (<c>epoch=ns</c>).</summary>
    public long GetTimeNanoseconds(string column = "time") => this[column] is long nanoseconds ? nanoseconds : throw Mismatch(column, this[column], "epoch nanoseconds");

    public double? GetDouble(string column) => this[column] switch
    {
        null => null,
        double value => value,
        long value => value,
        var other => throw Mismatch(column, other, "a number"),
    };

    public long? GetInt64(string column) => this[column] switch
    {
        null => null,
        long value => value,
        double value when value == Math.Floor(value) && value >= long.MinValue && value < 9.2233720368547758E18 => (long)value,
        var other => throw Mismatch(column, other, "a whole number"),
    };

    public string? GetString(string column) => this[column] switch
    {
        null => null,
        string value => value,
        var other => throw Mismatch(column, other, "a string"),
    };

    public bool? GetBoolean(string column) => this[column] switch
    {
        null => null,
        bool value => value,
        var other => throw Mismatch(column, other, "a boolean"),
    };

    private int IndexOf(string column) =>
        _columnIndex.TryGetValue(column, out var index)
            ? index
            : throw new ArgumentException($"The result has no column '{column}'; it has {string.Join(", ", _columnIndex.Keys)}. Check the SELECT list.", nameof(column));

    private static InvalidCastException Mismatch(string column, object? value, string wanted) =>
        new($"Column '{column}' holds {(value is null ? "null" : $"{value.GetType().Name} '{Convert.ToString(value, CultureInfo.InvariantCulture)}'")}, not {wanted}: use the getter that matches the field's type.");
}
