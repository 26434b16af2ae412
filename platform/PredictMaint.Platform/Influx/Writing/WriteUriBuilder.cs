using System.Text;

namespace PredictMaint.Platform.Influx.Writing;

/// <summary>Builds the relative write address for the configured API version.</summary>
internal static class WriteUriBuilder
{
    public static string Build(InfluxClientOptions options, WritePrecision precision)
    {
        var builder = new StringBuilder();
        if (options.ApiVersion == InfluxApiVersion.V2)
        {
            builder.Append("api/v2/write?org=").Append(Uri.EscapeDataString(options.Organization!))
                .Append("&bucket=").Append(Uri.EscapeDataString(options.Bucket!))
                .Append("&precision=").Append(V2Precision(precision));
        }
        else
        {
            builder.Append("write?db=").Append(Uri.EscapeDataString(options.Database));
            if (!string.IsNullOrEmpty(options.RetentionPolicy))
            {
                builder.Append("&rp=").Append(Uri.EscapeDataString(options.RetentionPolicy));
            }

            builder.Append("&precision=").Append(V1Precision(precision));
        }

        return builder.ToString();
    }

    // 1.x reads "u" as microseconds and silently treats anything it does not know (e.g. "us") as nanoseconds.
    private static string V1Precision(WritePrecision precision) => precision switch
    {
        WritePrecision.Nanoseconds => "ns",
        WritePrecision.Microseconds => "u",
        WritePrecision.Milliseconds => "ms",
        WritePrecision.Seconds => "s",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown write precision."),
    };

    private static string V2Precision(WritePrecision precision) => precision switch
    {
        WritePrecision.Nanoseconds => "ns",
        WritePrecision.Microseconds => "us",
        WritePrecision.Milliseconds => "ms",
        WritePrecision.Seconds => "s",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown write precision."),
    };
}
