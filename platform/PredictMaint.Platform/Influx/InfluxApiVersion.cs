namespace PredictMaint.Platform.Influx;

/// <summary>
/// Which write API to use. <see cref="V1"/>: <c>/write?db=</c> with basic auth.
/// <see cref="V2"/>: <c>/api/v2/write?org=&amp;bucket=</c> with a token. Queries always go through
/// InfluxQL on <c>/query</c> (on 2.x and 3.x through the DBRP compatibility mapping).
/// </summary>
public enum InfluxApiVersion
{
    V1,
    V2,
}
