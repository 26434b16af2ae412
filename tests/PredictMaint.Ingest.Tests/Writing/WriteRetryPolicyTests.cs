using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PredictMaint.Ingest.Completeness;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Ingest.Writing;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest.Tests.Writing;

public sealed class WriteRetryPolicyTests
{
    private readonly IngestStatus _status = new(new SequenceTracker());

    private WriteRetryPolicy Policy(int maxRetries = int.MaxValue) => new(
        Options.Create(new IngestOptions { RetryDelayMin = TimeSpan.FromMilliseconds(10), RetryDelayMax = TimeSpan.FromMilliseconds(20), MaxWriteRetries = maxRetries }),
        _status,
        TimeProvider.System,
        NullLogger<WriteRetryPolicy>.Instance);

    private static Func<CancellationToken, Task> FailingTimes(int failures, Func<Exception> error, Action? onCall = null)
    {
        var calls = 0;
        return _ =>
        {
            onCall?.Invoke();
            return ++calls <= failures ? Task.FromException(error()) : Task.CompletedTask;
        };
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ExecuteAsync_RetryableStatus_RetriesUntilSuccess(int statusCode)
    {
        var calls = 0;
        await Policy().ExecuteAsync(FailingTimes(3, () => new InfluxException("busy", statusCode, isRetryable: true), () => calls++), CancellationToken.None);
        Assert.Equal(4, calls);
        Assert.Equal(3, _status.WriteRetries);
    }

    [Fact]
    public async Task ExecuteAsync_BadRequest_ThrowsWithoutRetry()
    {
        var calls = 0;
        await Assert.ThrowsAsync<InfluxBadRequestException>(() =>
            Policy().ExecuteAsync(FailingTimes(1, () => new InfluxBadRequestException("bad line", "x"), () => calls++), CancellationToken.None));
        Assert.Equal(1, calls);
        Assert.Equal(0, _status.WriteRetries);
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfterLongerThanBackoff_WaitsForIt()
    {
        var clock = Stopwatch.StartNew();
        await Policy().ExecuteAsync(FailingTimes(1, () => new InfluxException("slow down", 429, isRetryable: true, TimeSpan.FromMilliseconds(400))), CancellationToken.None);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(390), $"waited only {clock.Elapsed}");
    }

    [Fact]
    public async Task ExecuteAsync_MaxRetriesReached_ThrowsTheLastError()
    {
        await Assert.ThrowsAsync<InfluxException>(() =>
            Policy(maxRetries: 2).ExecuteAsync(FailingTimes(10, () => new InfluxException("down", null, isRetryable: true)), CancellationToken.None));
        Assert.Equal(2, _status.WriteRetries);
    }

    [Fact]
    public async Task ExecuteAsync_Cancelled_StopsRetrying()
    {
        using var cancel = new CancellationTokenSource();
        var calls = 0;
        var write = FailingTimes(int.MaxValue, () => new InfluxException("down", null, isRetryable: true), () =>
        {
            if (++calls == 3)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Policy().ExecuteAsync(write, cancel.Token));
        Assert.Equal(3, calls);
    }

    [Fact]
    public void IsTransient_ClassifiesFailures()
    {
        Assert.True(WriteRetryPolicy.IsTransient(new InfluxException("t", null, isRetryable: true)));
        Assert.True(WriteRetryPolicy.IsTransient(new HttpRequestException("refused", new SocketException())));
        Assert.True(WriteRetryPolicy.IsTransient(new TimeoutException()));
        Assert.False(WriteRetryPolicy.IsTransient(new InfluxBadRequestException("bad", (string?)null)));
        Assert.False(WriteRetryPolicy.IsTransient(new InfluxException("forbidden", 403, isRetryable: false)));
        Assert.False(WriteRetryPolicy.IsTransient(new ArgumentException("bug")));
    }

    [Fact]
    public void ServerDelay_RetryAfter_CappedAndOtherwiseNull()
    {
        var cap = TimeSpan.FromMinutes(5);
        Assert.Equal(TimeSpan.FromSeconds(7), WriteRetryPolicy.ServerDelay(new InfluxException("x", 429, true, TimeSpan.FromSeconds(7)), cap));
        Assert.Equal(cap, WriteRetryPolicy.ServerDelay(new InfluxException("x", 503, true, TimeSpan.FromHours(3)), cap));
        Assert.Null(WriteRetryPolicy.ServerDelay(new InfluxException("x", 503, true), cap));
        Assert.Null(WriteRetryPolicy.ServerDelay(null, cap));
    }
}
