using System.Net;
using System.Net.Http.Headers;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Platform.Tests.Influx.Transport;

/// <summary>Status and failure mapping with a scripted peer: the cases a healthy influxd will not produce on demand.</summary>
public sealed class InfluxTransportTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task WriteAsync_ServerBusyWithRetryAfterSeconds_ThrowsRetryableWithDelay(HttpStatusCode status)
    {
        var exception = await WriteAgainstAsync(() =>
        {
            var response = Json(status, "{\"error\":\"engine: error syncing wal\"}");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return response;
        });

        Assert.Equal(typeof(InfluxException), exception.GetType());
        Assert.True(exception.IsRetryable);
        Assert.Equal((int)status, exception.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), exception.RetryAfter);
        Assert.Contains("error syncing wal", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_RetryAfterHttpDate_MeasuresFromInjectedClock()
    {
        var exception = await WriteAgainstAsync(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(90));
            return response;
        });

        Assert.Equal(TimeSpan.FromSeconds(90), exception.RetryAfter);
    }

    [Fact]
    public async Task WriteAsync_ServerErrorWithoutRetryAfter_ThrowsRetryableWithoutDelay()
    {
        var exception = await WriteAgainstAsync(() => new HttpResponseMessage(HttpStatusCode.BadGateway));
        Assert.True(exception.IsRetryable);
        Assert.Null(exception.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, typeof(InfluxAuthorizationException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(InfluxAuthorizationException))]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, typeof(InfluxRequestTooLargeException))]
    [InlineData(HttpStatusCode.BadRequest, typeof(InfluxBadRequestException))]
    public async Task WriteAsync_ClientError_ThrowsTypedNotRetryable(HttpStatusCode status, Type expected)
    {
        var exception = await WriteAgainstAsync(() => Json(status, "{\"error\":\"nope\"}"));
        Assert.IsType(expected, exception);
        Assert.False(exception.IsRetryable);
        Assert.Equal((int)status, exception.StatusCode);
    }

    [Fact]
    public async Task WriteAsync_V2BucketNotFound_ThrowsDatabaseNotFoundNamingBucket()
    {
        var exception = await WriteAgainstAsync(() => Json(HttpStatusCode.NotFound, "{\"code\":\"not found\",\"message\":\"bucket \\\"raw\\\" not found\"}"), InfluxApiVersion.V2);
        Assert.IsType<InfluxDatabaseNotFoundException>(exception);
        Assert.Contains("Bucket 'raw'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ConnectionRefused_ThrowsRetryableWithoutStatus()
    {
        var exception = await WriteAgainstAsync(() => throw new HttpRequestException("Connection refused"));
        Assert.True(exception.IsRetryable);
        Assert.Null(exception.StatusCode);
        Assert.Contains("Connection refused", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_ConnectionCutMidAnswer_ThrowsRetryable()
    {
        // What HttpClient throws when influxd stops while it streams a query's answer: an HttpIOException, which is no HttpRequestException.
        using var http = new HttpClient(new CapturingHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new CutStream("{\"results\":[{\"statement_id\":0,\"series\":["u8.ToArray())),
        }));
        using var client = new InfluxClient(http, new InfluxClientOptions { Url = new Uri("http://127.0.0.1:8086/"), Database = "pm" });

        var exception = await Assert.ThrowsAsync<InfluxException>(() => client.QueryAsync("SELECT * FROM m"));

        Assert.True(exception.IsRetryable);
        Assert.IsType<HttpIOException>(exception.InnerException);
        Assert.Contains("closed the connection", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NoAnswerWithinTimeout_ThrowsRetryable()
    {
        using var http = new HttpClient(new HangingHandler());
        using var client = new InfluxClient(http, new InfluxClientOptions { Url = new Uri("http://127.0.0.1:1/"), Database = "pm", Timeout = TimeSpan.FromMilliseconds(50) });

        var exception = await Assert.ThrowsAsync<InfluxException>(() => client.WriteAsync([PointData.Measurement("m").Field("v", 1L)]));

        Assert.True(exception.IsRetryable);
        Assert.Contains("did not answer", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var http = new HttpClient(new HangingHandler());
        using var client = new InfluxClient(http, new InfluxClientOptions { Url = new Uri("http://127.0.0.1:1/"), Database = "pm" });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.WriteAsync([PointData.Measurement("m").Field("v", 1L)], cancellationToken: cancellation.Token));
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    private static async Task<InfluxException> WriteAgainstAsync(Func<HttpResponseMessage> respond, InfluxApiVersion version = InfluxApiVersion.V1)
    {
        using var http = new HttpClient(new CapturingHandler(_ => respond()));
        var options = new InfluxClientOptions { Url = new Uri("http://127.0.0.1:8086/"), Database = "pm", ApiVersion = version, Organization = "o", Bucket = "raw", Token = "t" };
        using var client = new InfluxClient(http, options, new FixedTimeProvider(Now), Microsoft.Extensions.Logging.Abstractions.NullLogger<InfluxClient>.Instance);
        return await Assert.ThrowsAnyAsync<InfluxException>(() => client.WriteAsync([PointData.Measurement("m").Field("v", 1L)]));
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Gives its bytes, then fails as a connection closed before the end of a chunked body does.</summary>
    private sealed class CutStream(byte[] head) : MemoryStream(head)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely. (ResponseEnded)");
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
