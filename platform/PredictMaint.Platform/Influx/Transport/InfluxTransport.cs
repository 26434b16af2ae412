using System.Net.Http.Headers;
using System.Text;

namespace PredictMaint.Platform.Influx.Transport;

/// <summary>
/// Sends one request with authentication and the per-request timeout, and maps every failure to an
/// <see cref="InfluxException"/>. Credentials travel only in the Authorization header, never in the URL,
/// so they cannot end up in logs that record addresses.
/// </summary>
internal sealed class InfluxTransport(HttpClient httpClient, InfluxClientOptions options, TimeProvider timeProvider)
{
    private const int MaxErrorBodyBytes = 16 * 1024;

    private readonly AuthenticationHeaderValue? _authorization = CreateAuthorization(options);
    private readonly Uri _baseUrl = options.Url.AbsoluteUri.EndsWith('/') ? options.Url : new Uri(options.Url.AbsoluteUri + "/");

    public InfluxClientOptions Options => options;

    public TimeProvider TimeProvider => timeProvider;

    /// <summary>Sends the request and, on success, reads the answer with <paramref name="readSuccess"/> inside the same timeout.</summary>
    public async Task<T> SendAsync<T>(
        HttpMethod method,
        string relativeUrl,
        HttpContent? content,
        string operation,
        Func<HttpResponseMessage, CancellationToken, Task<T>> readSuccess,
        CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, relativeUrl)) { Content = content };
        request.Headers.Authorization = _authorization;
        try
        {
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                var body = await BoundedBody.ReadTextAsync(response.Content, MaxErrorBodyBytes, linked.Token);
                if (body.Length == 0 && response.Headers.TryGetValues("X-Influxdb-Error", out var headerError))
                {
                    body = string.Join("; ", headerError);
                }

                var retryAfter = RetryAfterParser.Parse(response.Headers, timeProvider);
                throw InfluxErrorMapper.FromResponse((int)response.StatusCode, body, retryAfter, options, operation);
            }

            return await readSuccess(response, linked.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout or HttpClient.Timeout fired, not the caller's token.
            throw new InfluxException(
                $"InfluxDB did not answer {operation} within {options.Timeout.TotalSeconds:0.###} s. Retry later; if it keeps happening, send smaller batches or raise Timeout in the options.",
                statusCode: null,
                isRetryable: true,
                retryAfter: null,
                exception);
        }
        catch (HttpRequestException exception)
        {
            throw new InfluxException(
                $"Could not reach InfluxDB at {options.Url} for {operation}: {exception.Message}. Check that the server is running and Url is right; the request can be retried.",
                statusCode: null,
                isRetryable: true,
                retryAfter: null,
                exception);
        }
        catch (IOException exception)
        {
            // HttpIOException is no HttpRequestException: the connection broke while the answer was read (influxd stopped or restarted mid-response).
            throw new InfluxException(
                $"InfluxDB at {options.Url} closed the connection during {operation}: {exception.Message}. It may have stopped or restarted; the request can be retried.",
                statusCode: null,
                isRetryable: true,
                retryAfter: null,
                exception);
        }
    }

    private static AuthenticationHeaderValue? CreateAuthorization(InfluxClientOptions options)
    {
        if (options.ApiVersion == InfluxApiVersion.V2 || (!string.IsNullOrEmpty(options.Token) && string.IsNullOrEmpty(options.Username)))
        {
            return string.IsNullOrEmpty(options.Token) ? null : new AuthenticationHeaderValue("Token", options.Token);
        }

        if (string.IsNullOrEmpty(options.Username))
        {
            return null;
        }

        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
        return new AuthenticationHeaderValue("Basic", credentials);
    }
}
