using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// A real HTTP listener on Kestrel standing in for an SMS gateway adapter: checks each request's
/// signature with its own HMAC code and keeps what it accepted; answers 500 while <see cref="Failing"/>.
/// </summary>
public sealed class SmsReceiver(string secret) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<(string Key, string To, string Language, string Text)> received = [];
    private WebApplication? app;

    public int Port { get; } = FreePort.Next();

    public Uri Url => new($"http://127.0.0.1:{Port}/sms");

    public bool Failing { get; set; }

    public int BadSignatures { get; private set; }

    public IReadOnlyList<(string Key, string To, string Language, string Text)> Received
    {
        get
        {
            lock (gate)
            {
                return [.. received];
            }
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/sms", HandleAsync);
        await app.StartAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var timestamp = request.Headers["X-PredictMaint-Timestamp"].ToString();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));
        lock (gate)
        {
            if (request.Headers["X-PredictMaint-Signature"].ToString() != expected)
            {
                BadSignatures++;
                return Results.Unauthorized();
            }

            if (Failing)
            {
                return Results.StatusCode(500);
            }

            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            received.Add((request.Headers["Idempotency-Key"].ToString(), root.GetProperty("to").GetString()!, root.GetProperty("language").GetString()!, root.GetProperty("text").GetString()!));
        }

        return Results.Ok();
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
