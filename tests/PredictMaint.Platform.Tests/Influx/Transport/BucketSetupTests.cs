using System.Net;
using System.Text;
using System.Text.Json;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Platform.Tests.Influx.Transport;

/// <summary>
/// Contract tests of v2 bucket creation (<c>CreateDatabaseAsync</c> with <c>ApiVersion=V2</c>): the requests
/// follow the InfluxDB 2.x API reference (orgs, buckets, dbrps). There is no InfluxDB 2 server on this
/// machine, so the peer is a scripted handler; the v1 path is tested against influxd.
/// </summary>
public sealed class BucketSetupTests
{
    private static readonly InfluxClientOptions Options = new()
    {
        Url = new Uri("http://influx.test:8086/"),
        ApiVersion = InfluxApiVersion.V2,
        Organization = "acme water",
        Bucket = "telemetry",
        Token = "secret-token",
        Database = "predictmaint",
    };

    [Fact]
    public async Task CreateDatabaseAsync_V2NothingExists_CreatesBucketThenMapsItForInfluxQl()
    {
        var handler = new CapturingHandler(request => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/api/v2/orgs") => Json(HttpStatusCode.OK, """{"orgs":[{"id":"org1","name":"acme water"}]}"""),
            ("GET", "/api/v2/buckets") => Json(HttpStatusCode.OK, """{"buckets":[]}"""),
            ("POST", "/api/v2/buckets") => Json(HttpStatusCode.Created, """{"id":"bkt1","name":"telemetry"}"""),
            ("GET", "/api/v2/dbrps") => Json(HttpStatusCode.OK, """{"content":[]}"""),
            ("POST", "/api/v2/dbrps") => Json(HttpStatusCode.Created, """{"content":{"id":"map1"},"id":"map1"}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });

        await Client(handler).CreateDatabaseAsync();

        Assert.Equal(
            ["GET /api/v2/orgs?org=acme%20water", "GET /api/v2/buckets?orgID=org1&name=telemetry", "POST /api/v2/buckets", "GET /api/v2/dbrps?orgID=org1&bucketID=bkt1", "POST /api/v2/dbrps"],
            handler.Requests.Select(r => $"{r.Request.Method} {r.Request.RequestUri!.PathAndQuery}"));
        Assert.All(handler.Requests, r => Assert.Equal("Token secret-token", r.Request.Headers.Authorization!.ToString()));
        using var bucket = JsonDocument.Parse(handler.Requests[2].Body);
        Assert.Equal("org1", bucket.RootElement.GetProperty("orgID").GetString());
        Assert.Equal("telemetry", bucket.RootElement.GetProperty("name").GetString());
        using var mapping = JsonDocument.Parse(handler.Requests[4].Body);
        Assert.Equal("bkt1", mapping.RootElement.GetProperty("bucketID").GetString());
        Assert.Equal("predictmaint", mapping.RootElement.GetProperty("database").GetString());
        Assert.Equal("autogen", mapping.RootElement.GetProperty("retention_policy").GetString());
        Assert.True(mapping.RootElement.GetProperty("default").GetBoolean());
    }

    [Fact]
    public async Task CreateDatabaseAsync_V2BucketAndMappingExist_ChangesNothing()
    {
        var handler = new CapturingHandler(request => request.RequestUri!.AbsolutePath switch
        {
            "/api/v2/orgs" => Json(HttpStatusCode.OK, """{"orgs":[{"id":"org1"}]}"""),
            "/api/v2/buckets" => Json(HttpStatusCode.OK, """{"buckets":[{"id":"bkt1"}]}"""),
            "/api/v2/dbrps" => Json(HttpStatusCode.OK, """{"content":[{"id":"map1"}]}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });

        await Client(handler).CreateDatabaseAsync();

        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Get, r.Request.Method));
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task CreateDatabaseAsync_V2AnotherInstanceCreatesTheBucketFirst_UsesTheirs()
    {
        var lookups = 0;
        var handler = new CapturingHandler(request => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/api/v2/orgs") => Json(HttpStatusCode.OK, """{"orgs":[{"id":"org1"}]}"""),
            ("GET", "/api/v2/buckets") => Json(HttpStatusCode.OK, ++lookups == 1 ? """{"buckets":[]}""" : """{"buckets":[{"id":"theirs"}]}"""),
            ("POST", "/api/v2/buckets") => Json((HttpStatusCode)422, """{"code":"conflict","message":"bucket with name telemetry already exists"}"""),
            ("GET", "/api/v2/dbrps") => Json(HttpStatusCode.OK, """{"content":[{"id":"map1"}]}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });

        await Client(handler).CreateDatabaseAsync();

        Assert.EndsWith("bucketID=theirs", handler.Requests[^1].Request.RequestUri!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDatabaseAsync_V2UnknownOrganization_ErrorNamesItAndTheFix()
    {
        var handler = new CapturingHandler(_ => Json(HttpStatusCode.NotFound, """{"code":"not found","message":"organization name \"acme water\" not found"}"""));

        var error = await Assert.ThrowsAsync<InfluxException>(() => Client(handler).CreateDatabaseAsync());

        Assert.Contains("acme water", error.Message, StringComparison.Ordinal);
        Assert.Contains("Influx:Organization", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    private static InfluxClient Client(CapturingHandler handler) => new(new HttpClient(handler), Options);

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
