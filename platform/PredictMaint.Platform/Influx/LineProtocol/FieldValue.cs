using System.Globalization;
using System.Text;

namespace PredictMaint.Platform.Influx.LineProtocol;

/// <summary>One typed field value; formats itself the way line protocol types it.</summary>
internal readonly struct FieldValue
{
    private readonly double _double;
    private readonly long _long;
    private readonly string? _string;
    private readonly FieldKind _kind;

    private FieldValue(FieldKind kind, double doubleValue = 0, long longValue = 0, string? stringValue = null)
    {
        _kind = kind;
        _double = doubleValue;
        _long = longValue;
        _string = stringValue;
    }

    private enum FieldKind
    {
        Float,
        Integer,
        Boolean,
        String,
    }

    public static FieldValue Float(double value) => new(FieldKind.Float, doubleValue: value);

    public static FieldValue Integer(long value) => new(FieldKind.Integer, longValue: value);

    public static FieldValue Boolean(bool value) => new(FieldKind.Boolean, longValue: value ? 1 : 0);

    public static FieldValue String(string value) => new(FieldKind.String, stringValue: value);

    public void AppendTo(StringBuilder builder)
    {
        switch (_kind)
        {
            case FieldKind.Float:
                // Shortest text that parses back to the same double; "E+20" style exponents are accepted by InfluxDB.
                builder.Append(_double.ToString("R", CultureInfo.InvariantCulture));
                break;
            case FieldKind.Integer:
                builder.Append(_long.ToString(CultureInfo.InvariantCulture)).Append('i');
                break;
            case FieldKind.Boolean:
                builder.Append(_long != 0 ? "true" : "false");
                break;
            default:
                LineProtocolEscaper.AppendStringFieldValue(builder, _string!);
                break;
        }
    }
}
