using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// A real HTTP receiver on Kestrel standing in for the dispatch pipeline. It checks every
/// signature with its own HMAC code, applies each idempotency key once, and in flaky mode
/// fails in a fixed pattern — including applying an event and then answering 500, as when an
/// acknowledgement is lost — so the relay must resend and the key must absorb the duplicate.
/// </summary>
public sealed class DispatchReceiver(int port, string secret) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, bool> seen = new();
    private readonly Lock gate = new();
    private readonly List<(string Key, Guid TicketId, int Sequence)> applied = [];
    private WebApplication? app;
    private int requests;

    public int Port => port;

    public bool Flaky { get; set; }

    public int Requests => Volatile.Read(ref requests);

    public int Duplicates { get; private set; }

    public int BadSignatures { get; private set; }

    public IReadOnlyList<(string Key, Guid TicketId, int Sequence)> Applied
    {
        get
        {
            lock (gate)
            {
                return [.. applied];
            }
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/events", HandleAsync);
        await app.StartAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var number = Interlocked.Increment(ref requests);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var timestamp = request.Headers["X-PredictMaint-Timestamp"].ToString();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));
        if (request.Headers["X-PredictMaint-Signature"].ToString() != expected)
        {
            lock (gate)
            {
                BadSignatures++;
            }

            return Results.Unauthorized();
        }

        if (Flaky && number % 3 == 1)
        {
            return Results.StatusCode(503);
        }

        var key = request.Headers["Idempotency-Key"].ToString();
        using var json = JsonDocument.Parse(body);
        lock (gate)
        {
            if (seen.TryAdd(key, true))
            {
                applied.Add((key, json.RootElement.GetProperty("ticket_id").GetGuid(), json.RootElement.GetProperty("sequence").GetInt32()));
            }
            else
            {
                Duplicates++;
            }
        }

        // Applied, but the acknowledgement is "lost": the relay must resend the same key.
        return Flaky && number % 3 == 2 ? Results.StatusCode(500) : Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
