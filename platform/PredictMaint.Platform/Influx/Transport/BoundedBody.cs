namespace PredictMaint.Platform.Influx.Transport;

/// <summary>Reads response bodies with a size cap, so a huge or endless answer cannot exhaust memory.</summary>
internal static class BoundedBody
{
    /// <summary>Reads at most <paramref name="maxBytes"/>; <c>Truncated</c> says whether more was available.</summary>
    public static async Task<(MemoryStream Body, bool Truncated)> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var body = new MemoryStream();
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[Math.Min(81920, maxBytes + 1)];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                body.Position = 0;
                return (body, false);
            }

            var room = maxBytes - (int)body.Length;
            if (read > room)
            {
                body.Write(buffer, 0, room);
                body.Position = 0;
                return (body, true);
            }

            body.Write(buffer, 0, read);
        }
    }

    public static async Task<string> ReadTextAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var (body, truncated) = await ReadAsync(content, maxBytes, cancellationToken);
        using (body)
        {
            var text = System.Text.Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
            return truncated ? text + "…" : text;
        }
    }
}
