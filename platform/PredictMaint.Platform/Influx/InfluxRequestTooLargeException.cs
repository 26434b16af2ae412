namespace PredictMaint.Platform.Influx;

/// <summary>HTTP 413: the request body is larger than the server accepts; split the batch.</summary>
public sealed class InfluxRequestTooLargeException : InfluxException
{
    public InfluxRequestTooLargeException()
    {
    }

    public InfluxRequestTooLargeException(string message)
        : base(message)
    {
    }

    public InfluxRequestTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InfluxRequestTooLargeException(string message, int? statusCode)
        : base(message, statusCode, isRetryable: false)
    {
    }
}
