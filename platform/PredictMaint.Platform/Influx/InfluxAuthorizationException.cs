namespace PredictMaint.Platform.Influx;

/// <summary>HTTP 401/403: the credentials are missing or wrong, or the user lacks the privilege.</summary>
public sealed class InfluxAuthorizationException : InfluxException
{
    public InfluxAuthorizationException()
    {
    }

    public InfluxAuthorizationException(string message)
        : base(message)
    {
    }

    public InfluxAuthorizationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InfluxAuthorizationException(string message, int? statusCode)
        : base(message, statusCode, isRetryable: false)
    {
    }
}
