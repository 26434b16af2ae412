using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PredictMaint.Platform.Influx.Querying;
using PredictMaint.Platform.Influx.Transport;
using PredictMaint.Platform.Influx.Writing;

namespace PredictMaint.Platform.Influx;

/// <summary>
/// A small InfluxDB client: line-protocol writes over the v1 or v2 API, InfluxQL queries over <c>/query</c>.
/// Every failure is an <see cref="InfluxException"/> (see its subclasses); the client itself never retries, so the
/// caller's policy decides using <see cref="InfluxException.IsRetryable"/> and <see cref="InfluxException.RetryAfter"/>.
/// It does not own (or dispose) the <see cref="HttpClient"/> it is given. Thread-safe.
/// </summary>
public sealed class InfluxClient : IDisposable
{
    private readonly InfluxTransport _transport;
    private readonly InfluxClientOptions _options;
    private readonly ILogger _logger;
    private bool _disposed;

    public InfluxClient(HttpClient httpClient, InfluxClientOptions options)
        : this(httpClient, options, TimeProvider.System, NullLogger<InfluxClient>.Instance)
    {
    }

    public InfluxClient(HttpClient httpClient, InfluxClientOptions options, TimeProvider timeProvider, ILogger<InfluxClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _options = options;
        _logger = logger;
        _transport = new InfluxTransport(httpClient, options, timeProvider);
    }

    /// <summary>Succeeds when <c>/ping</c> answers 2xx; throws <see cref="InfluxException"/> otherwise.</summary>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "ping", null, "ping", cancellationToken);

    /// <summary>
    /// v1: <c>CREATE DATABASE "name"</c> (a no-op when it exists). v2: the bucket in the organization, and its
    /// DBRP mapping to <see cref="InfluxClientOptions.Database"/> for InfluxQL queries (each kept when it exists);
    /// the token needs read and write access to buckets and DBRPs of the organization.
    /// </summary>
    public async Task CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_options.ApiVersion != InfluxApiVersion.V2)
        {
            await QueryAsync("CREATE DATABASE " + InfluxQl.QuoteIdentifier(_options.Database), cancellationToken);
            return;
        }

        try
        {
            await new BucketSetup(_transport).EnsureAsync(cancellationToken);
        }
        catch (InfluxException exception)
        {
            InfluxClientLog.RequestFailed(_logger, "create bucket", exception.StatusCode, exception.IsRetryable, exception);
            throw;
        }
    }

    /// <summary>Writes the points as one request (streamed, not buffered). Same series and timestamp overwrite, so retries are safe.</summary>
    public async Task WriteAsync(IReadOnlyCollection<PointData> points, WritePrecision precision = WritePrecision.Nanoseconds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return;
        }

        foreach (var point in points)
        {
            ArgumentNullException.ThrowIfNull(point, nameof(points));
            if (point.FieldCount == 0)
            {
                throw new ArgumentException($"Point '{point.MeasurementName}' has no field; InfluxDB needs at least one. Add a field or leave the point out.", nameof(points));
            }
        }

        await SendAsync(HttpMethod.Post, WriteUriBuilder.Build(_options, precision), LineProtocolContent.FromPoints(points, precision, _options.Gzip), "write", cancellationToken);
        InfluxClientLog.Wrote(_logger, points.Count, WriteTarget);
    }

    /// <summary>Writes lines that are already line protocol (newline-separated), e.g. from a store-and-forward queue.</summary>
    public Task WriteLinesAsync(string lineProtocol, WritePrecision precision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lineProtocol);
        return string.IsNullOrWhiteSpace(lineProtocol)
            ? Task.CompletedTask
            : SendAsync(HttpMethod.Post, WriteUriBuilder.Build(_options, precision), LineProtocolContent.FromLines(lineProtocol, _options.Gzip), "write", cancellationToken);
    }

    /// <summary>
    /// Writes lines already encoded as UTF-8 line protocol, sent as they are (no copy, no re-encoding):
    /// the cheap path for a caller that renders straight to bytes. The memory must not change until the task completes.
    /// </summary>
    public Task WriteLinesAsync(ReadOnlyMemory<byte> utf8LineProtocol, WritePrecision precision, CancellationToken cancellationToken = default) =>
        utf8LineProtocol.IsEmpty
            ? Task.CompletedTask
            : SendAsync(HttpMethod.Post, WriteUriBuilder.Build(_options, precision), LineProtocolContent.FromUtf8(utf8LineProtocol, _options.Gzip), "write", cancellationToken);

    public Task<IReadOnlyList<InfluxSeries>> QueryAsync(string influxQl, CancellationToken cancellationToken = default) =>
        QueryCoreAsync(influxQl, null, cancellationToken);

    /// <summary>
    /// Runs the query with bind parameters: <c>$name</c> in the statement, values sent separately as the <c>params</c> JSON,
    /// so they are data and never syntax. Values: string, bool, integers, double, <see cref="DateTimeOffset"/>.
    /// InfluxDB 1.x binds parameters in WHERE clauses only.
    /// </summary>
    public Task<IReadOnlyList<InfluxSeries>> QueryAsync(string influxQl, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return QueryCoreAsync(influxQl, parameters, cancellationToken);
    }

    public void Dispose() => _disposed = true;

    private string WriteTarget => _options.ApiVersion == InfluxApiVersion.V2 ? $"{_options.Organization}/{_options.Bucket}" : _options.Database;

    private async Task<IReadOnlyList<InfluxSeries>> QueryCoreAsync(string influxQl, IReadOnlyDictionary<string, object>? parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(influxQl);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var (method, url, content) = QueryRequestBuilder.Build(influxQl, parameters, _options);
        try
        {
            return await _transport.SendAsync(method, url, content, "query", ReadSeriesAsync, cancellationToken);
        }
        catch (InfluxException exception)
        {
            InfluxClientLog.RequestFailed(_logger, "query", exception.StatusCode, exception.IsRetryable, exception);
            throw;
        }
    }

    private async Task<IReadOnlyList<InfluxSeries>> ReadSeriesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (body, truncated) = await BoundedBody.ReadAsync(response.Content, _options.MaxQueryResponseBytes, cancellationToken);
        using (body)
        {
            if (truncated)
            {
                throw new InfluxException($"The query answer is larger than MaxQueryResponseBytes ({_options.MaxQueryResponseBytes} bytes). Narrow the time range, aggregate, or add LIMIT.");
            }

            return QueryResponseParser.Parse(body, _options);
        }
    }

    private async Task SendAsync(HttpMethod method, string url, HttpContent? content, string operation, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            await _transport.SendAsync(method, url, content, operation, static (_, _) => Task.FromResult(true), cancellationToken);
        }
        catch (InfluxException exception)
        {
            InfluxClientLog.RequestFailed(_logger, operation, exception.StatusCode, exception.IsRetryable, exception);
            throw;
        }
    }
}
