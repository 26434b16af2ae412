namespace PredictMaint.Platform.Tests.Influx;

[CollectionDefinition(Name)]
public sealed class InfluxServerGroup : ICollectionFixture<InfluxServerFixture>
{
    public const string Name = "influxd";
}
