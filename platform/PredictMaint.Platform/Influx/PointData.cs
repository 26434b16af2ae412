using System.Collections.Immutable;
using System.Text;
using PredictMaint.Platform.Influx.LineProtocol;

namespace PredictMaint.Platform.Influx;

/// <summary>
/// One point as an immutable builder: every call returns a new instance. Tags are kept sorted by key in UTF-8 byte
/// order (what InfluxDB wants for the fastest writes); fields keep insertion order. Setting a tag or field key again
/// replaces its value. Invalid names or values throw <see cref="ArgumentException"/> at the call that adds them;
/// see <see cref="LineProtocolEscaper"/> for the escaping rules.
/// </summary>
public sealed class PointData
{
    private readonly ImmutableArray<KeyValuePair<string, string>> _tags;
    private readonly ImmutableArray<KeyValuePair<string, FieldValue>> _fields;
    private readonly DateTimeOffset? _timestamp;

    private PointData(
        string name,
        ImmutableArray<KeyValuePair<string, string>> tags,
        ImmutableArray<KeyValuePair<string, FieldValue>> fields,
        DateTimeOffset? timestamp)
    {
        MeasurementName = name;
        _tags = tags;
        _fields = fields;
        _timestamp = timestamp;
    }

    public string MeasurementName { get; }

    /// <summary>The instant of the point; null lets the server use its own clock.</summary>
    public DateTimeOffset? Time => _timestamp;

    public IReadOnlyList<KeyValuePair<string, string>> Tags => _tags;

    public int FieldCount => _fields.Length;

    public static PointData Measurement(string name)
    {
        LineProtocolEscaper.ValidateMeasurement(name);
        return new PointData(name, [], [], null);
    }

    /// <summary>Adds or replaces a tag. An empty <paramref name="value"/> removes the tag (InfluxDB has no empty tags).</summary>
    public PointData Tag(string key, string value)
    {
        LineProtocolEscaper.ValidateTagKey(key, nameof(key));
        ArgumentNullException.ThrowIfNull(value);
        var index = IndexOf(_tags, key);
        if (value.Length == 0)
        {
            return index < 0 ? this : new PointData(MeasurementName, _tags.RemoveAt(index), _fields, _timestamp);
        }

        LineProtocolEscaper.ValidateTagValue(value, nameof(value));
        var tag = KeyValuePair.Create(key, value);
        if (index >= 0)
        {
            return new PointData(MeasurementName, _tags.SetItem(index, tag), _fields, _timestamp);
        }

        var insertAt = 0;
        while (insertAt < _tags.Length && Utf8OrderComparer.Instance.Compare(_tags[insertAt].Key, key) < 0)
        {
            insertAt++;
        }

        return new PointData(MeasurementName, _tags.Insert(insertAt, tag), _fields, _timestamp);
    }

    /// <summary>A float field. NaN and infinities have no line-protocol form and throw <see cref="ArgumentException"/>.</summary>
    public PointData Field(string key, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Field '{key}' is {value}: InfluxDB stores only finite floats. Skip the field (or the point) when the reading is missing.", nameof(value));
        }

        return WithField(key, FieldValue.Float(value));
    }

    /// <summary>An integer field, written as <c>123i</c>.</summary>
    public PointData Field(string key, long value) => WithField(key, FieldValue.Integer(value));

    public PointData Field(string key, bool value) => WithField(key, FieldValue.Boolean(value));

    /// <summary>A string field; it may contain any text including quotes, backslashes and newlines.</summary>
    public PointData Field(string key, string value)
    {
        LineProtocolEscaper.ValidateStringFieldValue(value, nameof(value));
        return WithField(key, FieldValue.String(value));
    }

    /// <summary>Sets the instant; it must lie in InfluxDB's range (1677-09-21 to 2262-04-11, int64 nanoseconds).</summary>
    public PointData Timestamp(DateTimeOffset time)
    {
        if (!TimestampConverter.IsInRange(time))
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"InfluxDB stores times from {TimestampConverter.MinTime:O} to {TimestampConverter.MaxTime:O} only.");
        }

        return new PointData(MeasurementName, _tags, _fields, time);
    }

    public string ToLineProtocol(WritePrecision precision = WritePrecision.Nanoseconds)
    {
        var builder = new StringBuilder(64);
        WriteLineProtocol(builder, precision);
        return builder.ToString();
    }

    /// <summary>Appends this point as one line, without a trailing newline.</summary>
    /// <exception cref="InvalidOperationException">The point has no field.</exception>
    public void WriteLineProtocol(StringBuilder builder, WritePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (_fields.IsEmpty)
        {
            throw new InvalidOperationException($"Point '{MeasurementName}' has no field; InfluxDB needs at least one. Add a field with Field(...) before writing.");
        }

        LineProtocolEscaper.AppendMeasurement(builder, MeasurementName);
        foreach (var (key, value) in _tags)
        {
            builder.Append(',');
            LineProtocolEscaper.AppendKeyOrTagValue(builder, key);
            builder.Append('=');
            LineProtocolEscaper.AppendKeyOrTagValue(builder, value);
        }

        var separator = ' ';
        foreach (var (key, value) in _fields)
        {
            builder.Append(separator);
            LineProtocolEscaper.AppendKeyOrTagValue(builder, key);
            builder.Append('=');
            value.AppendTo(builder);
            separator = ',';
        }

        if (_timestamp is { } time)
        {
            builder.Append(' ').Append(TimestampConverter.ToUnixTime(time, precision));
        }
    }

    public override string ToString() => _fields.IsEmpty ? $"{MeasurementName} (no fields yet)" : ToLineProtocol();

    private static int IndexOf<T>(ImmutableArray<KeyValuePair<string, T>> items, string key)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (string.Equals(items[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private PointData WithField(string key, FieldValue value)
    {
        LineProtocolEscaper.ValidateFieldKey(key, nameof(key));
        var index = IndexOf(_fields, key);
        var field = KeyValuePair.Create(key, value);
        var fields = index >= 0 ? _fields.SetItem(index, field) : _fields.Add(field);
        return new PointData(MeasurementName, _tags, fields, _timestamp);
    }
}
