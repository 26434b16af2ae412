using System.Net.Http.Headers;
using System.Text.Json;

namespace PredictMaint.Platform.Influx.Transport;

/// <summary>
/// Creates a v2 bucket and its DBRP mapping through the InfluxDB 2.x HTTP API, so both our writes
/// (<c>/api/v2/write</c>) and our InfluxQL queries (<c>/query</c>, which name a database and retention
/// policy) reach the bucket. Idempotent: an existing bucket or mapping is kept, and a bucket created
/// by a racing instance (422) is looked up again. Steps, per the API reference:
/// <c>GET /api/v2/orgs?org=</c> → <c>GET /api/v2/buckets?orgID=&amp;name=</c> → (<c>POST /api/v2/buckets</c>)
/// → <c>GET /api/v2/dbrps?orgID=&amp;bucketID=</c> → (<c>POST /api/v2/dbrps</c> with the database as default
/// retention policy <c>autogen</c>).
/// </summary>
internal sealed class BucketSetup(InfluxTransport transport)
{
    private InfluxClientOptions Options => transport.Options;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var organization = Options.Organization!;
        var bucket = Options.Bucket!;
        var orgId = await FirstIdAsync($"api/v2/orgs?org={Uri.EscapeDataString(organization)}", "orgs", "look up the organization", cancellationToken)
            ?? throw new InfluxException($"InfluxDB has no organization '{organization}'. Create it (influx org create) or fix Influx:Organization.");

        var bucketId = await FindBucketAsync(orgId, bucket, cancellationToken);
        if (bucketId is null)
        {
            try
            {
                bucketId = await PostForIdAsync("api/v2/buckets", BucketBody(orgId, bucket), "create the bucket", cancellationToken);
            }
            catch (InfluxException exception) when (exception.StatusCode == 422)
            {
                // Another instance created it between our lookup and our request.
                bucketId = await FindBucketAsync(orgId, bucket, cancellationToken)
                    ?? throw new InfluxException($"InfluxDB refused to create bucket '{bucket}' and has no bucket of that name: {exception.Message}", exception.StatusCode, false, null, exception);
            }
        }

        var mapping = await FirstIdAsync(
            $"api/v2/dbrps?orgID={Uri.EscapeDataString(orgId)}&bucketID={Uri.EscapeDataString(bucketId)}", "content", "look up the DBRP mapping", cancellationToken);
        if (mapping is null)
        {
            await PostForIdAsync("api/v2/dbrps", MappingBody(orgId, bucketId, Options.Database), "map the bucket for InfluxQL", cancellationToken);
        }
    }

    private Task<string?> FindBucketAsync(string orgId, string bucket, CancellationToken cancellationToken) =>
        FirstIdAsync($"api/v2/buckets?orgID={Uri.EscapeDataString(orgId)}&name={Uri.EscapeDataString(bucket)}", "buckets", "look up the bucket", cancellationToken);

    /// <summary>The <c>id</c> of the first element of the array <paramref name="property"/> in the answer, or null when it is empty or the answer is 404.</summary>
    private async Task<string?> FirstIdAsync(string url, string property, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await transport.SendAsync(HttpMethod.Get, url, null, operation, (response, token) => ReadFirstIdAsync(response, property, token), cancellationToken);
        }
        catch (InfluxException exception) when (exception.StatusCode == 404)
        {
            return null;
        }
    }

    private Task<string> PostForIdAsync(string url, byte[] body, string operation, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return transport.SendAsync(HttpMethod.Post, url, content, operation, ReadIdAsync, cancellationToken);
    }

    private static async Task<string?> ReadFirstIdAsync(HttpResponseMessage response, string property, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
        return document.RootElement.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0
            ? items[0].GetProperty("id").GetString()
            : null;
    }

    private static async Task<string> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
        return document.RootElement.GetProperty("id").GetString() ?? throw new InfluxException("InfluxDB answered without an id.");
    }

    /// <summary>No retention rule: points are kept until an operator sets one (as <c>CREATE DATABASE</c> does on 1.x).</summary>
    private static byte[] BucketBody(string orgId, string bucket) => Json(writer =>
    {
        writer.WriteString("orgID", orgId);
        writer.WriteString("name", bucket);
        writer.WriteStartArray("retentionRules");
        writer.WriteEndArray();
    });

    private static byte[] MappingBody(string orgId, string bucketId, string database) => Json(writer =>
    {
        writer.WriteString("orgID", orgId);
        writer.WriteString("bucketID", bucketId);
        writer.WriteString("database", database);
        writer.WriteString("retention_policy", "autogen");
        writer.WriteBoolean("default", true);
    });

    private static byte[] Json(Action<Utf8JsonWriter> fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
