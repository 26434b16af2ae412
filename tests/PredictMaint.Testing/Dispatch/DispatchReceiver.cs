using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PredictMaint.Testing.Dispatch;

/// <summary>
/// A real HTTP receiver on Kestrel standing in for the dispatch pipeline's webhook. It checks every
/// signature with its own HMAC code (not the service's), keeps every accepted delivery (so a test
/// can tell an event delivered once from one delivered twice) and applies each idempotency key
/// once. In flaky mode it fails in a fixed pattern — including applying an event and then
/// answering 500, as when an acknowledgement is lost — so the relay must resend and the key must
/// absorb the duplicate.
/// </summary>
/// <param name="secret">The relay's signing secret.</param>
/// <param name="port">The loopback port to listen on; 0 picks a free one (see <see cref="Url"/>).</param>
public sealed class DispatchReceiver(string secret, int port = 0) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<DeliveredEvent> _deliveries = [];
    private readonly List<DeliveredEvent> _applied = [];
    private WebApplication? _app;
    private int _requests;
    private int _badSignatures;

    /// <summary>Known after <see cref="StartAsync"/>.</summary>
    public int Port { get; private set; } = port;

    /// <summary>The webhook URL to configure the relay with (<c>…/events</c>).</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}/events");

    public bool Flaky { get; set; }

    /// <summary>Every request, whatever the answer.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public int BadSignatures => Volatile.Read(ref _badSignatures);

    /// <summary>Signed deliveries of a key already applied.</summary>
    public int Duplicates
    {
        get
        {
            lock (_gate)
            {
                return _deliveries.Count - _applied.Count;
            }
        }
    }

    /// <summary>Every signed delivery the receiver took in, duplicates included, in arrival order.</summary>
    public IReadOnlyList<DeliveredEvent> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>The first delivery of each idempotency key, in arrival order.</summary>
    public IReadOnlyList<DeliveredEvent> Applied
    {
        get
        {
            lock (_gate)
            {
                return [.. _applied];
            }
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/events", HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var number = Interlocked.Increment(ref _requests);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var timestamp = request.Headers["X-PredictMaint-Timestamp"].ToString();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));
        if (request.Headers["X-PredictMaint-Signature"].ToString() != expected)
        {
            Interlocked.Increment(ref _badSignatures);
            return Results.Unauthorized();
        }

        if (Flaky && number % 3 == 1)
        {
            return Results.StatusCode(503);
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var delivered = new DeliveredEvent(
            request.Headers["Idempotency-Key"].ToString(), root.GetProperty("ticket_id").GetGuid(), root.GetProperty("sequence").GetInt32(), root.GetProperty("type").GetString() ?? string.Empty);
        lock (_gate)
        {
            _deliveries.Add(delivered);
            if (_seen.Add(delivered.IdempotencyKey))
            {
                _applied.Add(delivered);
            }
        }

        // Applied, but the acknowledgement is "lost": the relay must resend the same key.
        return Flaky && number % 3 == 2 ? Results.StatusCode(500) : Results.Ok();
    }
}
