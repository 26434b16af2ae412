using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest.Writing;

/// <summary>
/// The one place that decides whether and when an InfluxDB write is tried again: 429, 5xx, timeouts
/// and connection failures are retried with capped exponential backoff and jitter, a server's
/// <c>Retry-After</c> wins over the backoff. Nothing else is retried (a 400 will fail the same way).
/// Retrying loses nothing: the messages stay unacknowledged, so the broker holds them meanwhile.
/// </summary>
public sealed partial class WriteRetryPolicy
{
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger<WriteRetryPolicy> _logger;

    public WriteRetryPolicy(IOptions<IngestOptions> options, IngestStatus status, TimeProvider timeProvider, ILogger<WriteRetryPolicy> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } exception && IsTransient(exception)),
                MaxRetryAttempts = settings.MaxWriteRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelayMin,
                MaxDelay = settings.RetryDelayMax,
                DelayGenerator = args => ValueTask.FromResult(ServerDelay(args.Outcome.Exception, settings.RetryAfterMax)),
                OnRetry = args =>
                {
                    status.Retried();
                    LogWriteFailed(args.Outcome.Exception, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Runs <paramref name="write"/> until it succeeds, fails for good, or <paramref name="cancellationToken"/> fires.</summary>
    public async Task ExecuteAsync(Func<CancellationToken, Task> write, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(static async (write, token) => await write(token), write, cancellationToken);

    /// <summary>429, 5xx, timeouts and socket errors: worth another try. 4xx are not.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        InfluxException influx => influx.IsRetryable,
        HttpRequestException or SocketException or TimeoutException or IOException => true,
        _ => false,
    };

    /// <summary>The server's <c>Retry-After</c>, capped so a bad header cannot park the writer for hours; null: use the backoff.</summary>
    public static TimeSpan? ServerDelay(Exception? exception, TimeSpan cap) =>
        exception is InfluxException { RetryAfter: { } after } ? TimeSpan.FromTicks(Math.Clamp(after.Ticks, 0, cap.Ticks)) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "InfluxDB write failed (attempt {Attempt}); retrying in {Delay}")]
    private partial void LogWriteFailed(Exception? exception, int attempt, TimeSpan delay);
}
