namespace PredictMaint.Platform.Influx;

/// <summary>The database (v1) or bucket (v2) does not exist.</summary>
public sealed class InfluxDatabaseNotFoundException : InfluxException
{
    public InfluxDatabaseNotFoundException()
    {
    }

    public InfluxDatabaseNotFoundException(string message)
        : base(message)
    {
    }

    public InfluxDatabaseNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InfluxDatabaseNotFoundException(string message, int? statusCode)
        : base(message, statusCode, isRetryable: false)
    {
    }
}
