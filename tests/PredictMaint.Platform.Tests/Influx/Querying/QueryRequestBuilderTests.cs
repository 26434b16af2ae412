using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Influx.Querying;

namespace PredictMaint.Platform.Tests.Influx.Querying;

public sealed class QueryRequestBuilderTests
{
    private static readonly InfluxClientOptions Options = new() { Url = new Uri("http://127.0.0.1:8086/"), Database = "pm" };

    [Theory]
    [InlineData("SELECT * FROM m", "GET")]
    [InlineData("  show databases", "GET")]
    [InlineData("CREATE DATABASE \"x\"", "POST")]
    [InlineData("DROP MEASUREMENT m", "POST")]
    public void Build_Statement_UsesGetOnlyForReads(string query, string method) =>
        Assert.Equal(method, QueryRequestBuilder.Build(query, null, Options).Method.Method);

    [Fact]
    public void Build_LongSelect_FallsBackToPost() =>
        Assert.Equal(HttpMethod.Post, QueryRequestBuilder.Build("SELECT * FROM m WHERE " + string.Join(" OR ", Enumerable.Repeat("device = 'x'", 500)), null, Options).Method);

    [Fact]
    public void Build_Select_AsksForNanosecondEpochAndDatabase()
    {
        var (_, url, _) = QueryRequestBuilder.Build("SELECT 1", null, Options);
        Assert.Equal("query?q=SELECT%201&epoch=ns&db=pm", url);
    }

    [Fact]
    public void SerializeParameters_SupportedTypes_WritesJsonObject()
    {
        var json = QueryRequestBuilder.SerializeParameters(new Dictionary<string, object>
        {
            ["s"] = "x'\"",
            ["n"] = 42,
            ["d"] = 1.5,
            ["b"] = true,
            ["t"] = new DateTimeOffset(2024, 5, 1, 14, 0, 0, TimeSpan.FromHours(2)),
        });

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("x'\"", root.GetProperty("s").GetString());
        Assert.Equal(42, root.GetProperty("n").GetInt64());
        Assert.Equal(1.5, root.GetProperty("d").GetDouble());
        Assert.True(root.GetProperty("b").GetBoolean());
        Assert.Equal("2024-05-01T12:00:00.0000000Z", root.GetProperty("t").GetString());
    }

    [Fact]
    public void SerializeParameters_UnsupportedType_Throws() =>
        Assert.Throws<ArgumentException>(() => QueryRequestBuilder.SerializeParameters(new Dictionary<string, object> { ["g"] = Guid.Empty }));
}
