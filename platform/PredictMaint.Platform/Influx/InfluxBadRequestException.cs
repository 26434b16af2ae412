namespace PredictMaint.Platform.Influx;

/// <summary>HTTP 400: InfluxDB could not parse or accept the request (a malformed line, a field type conflict, a bad query).</summary>
public sealed class InfluxBadRequestException : InfluxException
{
    public InfluxBadRequestException()
    {
    }

    public InfluxBadRequestException(string message)
        : base(message)
    {
    }

    public InfluxBadRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InfluxBadRequestException(string message, string? rejectedLine)
        : base(message, 400, isRetryable: false)
    {
        RejectedLine = rejectedLine;
    }

    /// <summary>The first line InfluxDB reported as unparsable, as it quoted it; null when the error is not about one line.</summary>
    public string? RejectedLine { get; }
}
