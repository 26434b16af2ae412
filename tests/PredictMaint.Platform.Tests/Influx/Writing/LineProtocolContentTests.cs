using System.IO.Compression;
using System.Net;
using System.Text;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Platform.Tests.Influx.Writing;

/// <summary>The write request's shape, checked on the wire; influxd 1.6 has no /api/v2/write to test against.</summary>
public sealed class LineProtocolContentTests
{
    private static readonly PointData[] Points =
    [
        PointData.Measurement("telemetry").Tag("device", "d 1").Field("flow_lpm", 1.5).Timestamp(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)),
        PointData.Measurement("telemetry").Tag("device", "d2").Field("note", "ü\n\"x\"").Timestamp(DateTimeOffset.FromUnixTimeSeconds(1_700_000_001)),
    ];

    [Theory]
    [InlineData(WritePrecision.Nanoseconds, "ns")]
    [InlineData(WritePrecision.Microseconds, "us")]
    [InlineData(WritePrecision.Milliseconds, "ms")]
    [InlineData(WritePrecision.Seconds, "s")]
    public async Task WriteAsync_V2Gzip_SendsTokenOrgBucketPrecisionAndCompressedLines(WritePrecision precision, string precisionText)
    {
        var handler = new CapturingHandler(HttpStatusCode.NoContent);
        using var http = new HttpClient(handler);
        using var client = new InfluxClient(http, new InfluxClientOptions
        {
            Url = new Uri("http://influx.example:8086/base"),
            ApiVersion = InfluxApiVersion.V2,
            Organization = "my org",
            Bucket = "pm/raw",
            Token = "secret-token",
            Database = "pm",
            Gzip = true,
        });

        await client.WriteAsync(Points, precision);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"http://influx.example:8086/base/api/v2/write?org=my%20org&bucket=pm%2Fraw&precision={precisionText}", request.RequestUri!.AbsoluteUri);
        Assert.Equal("Token secret-token", request.Headers.Authorization!.ToString());
        Assert.Equal(["gzip"], request.Content!.Headers.ContentEncoding);
        var expected = string.Concat(Points.Select(point => point.ToLineProtocol(precision) + "\n"));
        Assert.Equal(expected, Decompress(body));
    }

    [Fact]
    public async Task WriteAsync_V1WithUser_SendsBasicAuthNotCredentialsInUrl()
    {
        var handler = new CapturingHandler(HttpStatusCode.NoContent);
        using var http = new HttpClient(handler);
        using var client = new InfluxClient(http, new InfluxClientOptions
        {
            Url = new Uri("http://127.0.0.1:8086/"),
            Database = "pm db",
            RetentionPolicy = "week",
            Username = "writer",
            Password = "p@ss",
        });

        await client.WriteAsync(Points, WritePrecision.Microseconds);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("http://127.0.0.1:8086/write?db=pm%20db&rp=week&precision=u", request.RequestUri!.AbsoluteUri);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("writer:p@ss")), request.Headers.Authorization!.ToString());
        Assert.Empty(request.Content!.Headers.ContentEncoding);
        Assert.Equal(string.Concat(Points.Select(point => point.ToLineProtocol(WritePrecision.Microseconds) + "\n")), Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task WriteAsync_ManyPoints_StreamsEveryLineInOrder()
    {
        var handler = new CapturingHandler(HttpStatusCode.NoContent);
        using var http = new HttpClient(handler);
        using var client = new InfluxClient(http, new InfluxClientOptions { Url = new Uri("http://127.0.0.1:8086/"), Database = "pm" });
        var points = Enumerable.Range(0, 5000).Select(i => PointData.Measurement("m").Field("i", (long)i)).ToList();

        await client.WriteAsync(points);

        var lines = Encoding.UTF8.GetString(Assert.Single(handler.Requests).Body).Split('\n');
        Assert.Equal(points.Select(point => point.ToLineProtocol()).Append(string.Empty), lines);
    }

    private static string Decompress(byte[] body)
    {
        using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
