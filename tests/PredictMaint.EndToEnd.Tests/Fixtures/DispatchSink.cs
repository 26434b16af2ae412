using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.EndToEnd.Tests.Fixtures;

/// <summary>
/// The dispatch pipeline's webhook on a real Kestrel: checks each event's signature and keeps
/// every delivery, so a test can tell an event delivered once from one delivered twice.
/// </summary>
public sealed class DispatchSink(string secret) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<DeliveredEvent> _deliveries = [];
    private WebApplication? _app;
    private int _badSignatures;

    public Uri Url { get; private set; } = null!;

    public int BadSignatures => Volatile.Read(ref _badSignatures);

    /// <summary>Every accepted request, duplicates included, in arrival order.</summary>
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

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/events", HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address.TrimEnd('/') + "/events");
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        if (!WebhookSignature.Verify(
            secret, request.Headers[WebhookSignature.TimestampHeader], request.Headers[WebhookSignature.SignatureHeader], body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)))
        {
            Interlocked.Increment(ref _badSignatures);
            return Results.Unauthorized();
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var delivered = new DeliveredEvent(
            request.Headers[WebhookSignature.IdempotencyHeader].ToString(),
            root.GetProperty("ticket_id").GetGuid(),
            root.GetProperty("sequence").GetInt32(),
            root.GetProperty("type").GetString() ?? string.Empty);
        lock (_gate)
        {
            _deliveries.Add(delivered);
        }

        return Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
