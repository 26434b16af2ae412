namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// While <see cref="Counting"/>, buffers and counts the response bodies passing through it (the size
/// of the reader's query answer); otherwise a plain pass-through, so timed reads stream as usual.
/// </summary>
internal sealed class ResponseByteCounter() : DelegatingHandler(new SocketsHttpHandler())
{
    private long _bytes;

    public bool Counting { get; set; }

    public long Bytes => Interlocked.Read(ref _bytes);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!Counting)
        {
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        Interlocked.Add(ref _bytes, body.LongLength);
        var copy = new ByteArrayContent(body);
        foreach (var header in response.Content.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = copy;
        return response;
    }
}
