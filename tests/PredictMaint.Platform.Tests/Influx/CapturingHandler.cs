using System.Net;

namespace PredictMaint.Platform.Tests.Influx;

/// <summary>
/// A fake HTTP peer for contract tests only (request shape, status mapping): it records each request with its body
/// and answers with a scripted response. Real behaviour is tested against influxd.
/// </summary>
public sealed class CapturingHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    public CapturingHandler(HttpStatusCode status)
        : this(_ => new HttpResponseMessage(status))
    {
    }

    public List<(HttpRequestMessage Request, byte[] Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add((request, body));
        return respond(request);
    }
}
