using System.Text;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Influx.Querying;

namespace PredictMaint.Platform.Tests.Influx.Querying;

public sealed class QueryResponseParserTests
{
    private static readonly InfluxClientOptions Options = new() { Url = new Uri("http://127.0.0.1:8086/"), Database = "pm" };

    [Fact]
    public void Parse_GroupedSeries_ReturnsTagsColumnsAndTypedValues()
    {
        const string json = """
            {"results":[{"statement_id":0,"series":[
              {"name":"telemetry","tags":{"device":"d1"},"columns":["time","f","i","s","b"],
               "values":[[1714564800123456789,1.5,7,"x",true],[1714564800123456790,null,null,null,false]]}]},
              {"statement_id":1,"series":[{"name":"other","columns":["time","big"],"values":[[1,100000000000000000000]]}]}]}
            """;

        var series = Parse(json);

        Assert.Equal(2, series.Count);
        Assert.Equal(("telemetry", "d1", 0), (series[0].Name, series[0].Tags["device"], series[0].StatementId));
        var first = series[0].Rows[0];
        Assert.Equal(1714564800123456789, first.GetTimeNanoseconds());
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(17145648001234567), first.GetTime());
        Assert.Equal((1.5, 7L, "x", true), (first.GetDouble("f"), first.GetInt64("i"), first.GetString("s"), first.GetBoolean("b")));
        Assert.Equal(7.0, first.GetDouble("i"));
        var second = series[0].Rows[1];
        Assert.Null(second.GetDouble("f"));
        Assert.False(second.GetBoolean("b"));
        Assert.Equal(1e20, series[1].Rows[0].GetDouble("big"));
        Assert.Equal(1, series[1].StatementId);
    }

    [Fact]
    public void Parse_WrongGetterOrColumn_ThrowsSayingWhatIsThere()
    {
        var row = Parse("""{"results":[{"series":[{"name":"m","columns":["time","s"],"values":[[1,"text"]]}]}]}""")[0].Rows[0];
        Assert.Contains("String 'text'", Assert.Throws<InvalidCastException>(() => row.GetDouble("s")).Message, StringComparison.Ordinal);
        Assert.Contains("time, s", Assert.Throws<ArgumentException>(() => row.GetString("missing")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StatementError_ThrowsWithServerMessage()
    {
        var exception = Assert.Throws<InfluxException>(() => Parse("""{"results":[{"statement_id":0,"error":"undefined function nosuch()"}]}"""));
        Assert.Contains("undefined function nosuch()", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotInfluxJson_ThrowsInfluxException() =>
        Assert.Throws<InfluxException>(() => Parse("<html>proxy error</html>"));

    [Fact]
    public void Parse_EmptyResult_ReturnsNoSeries() =>
        Assert.Empty(Parse("""{"results":[{"statement_id":0}]}"""));

    private static IReadOnlyList<InfluxSeries> Parse(string json) =>
        QueryResponseParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), Options);
}
