using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PredictMaint.Predictor.Tests.Scoring.Fixtures;

/// <summary>
/// Forwards every request to a real server (InfluxDB, ticketing), except those a rule answers
/// itself with an error status: a server that keeps going down for a moment, or refuses one
/// message, at a point the test can count on (the drill stops the real servers, but at random times).
/// </summary>
public sealed class RefusingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();
    private readonly Uri _target;
    private readonly Func<string, string, int?> _refuse;
    private int _refused;

    private RefusingProxy(Uri target, Func<string, string, int?> refuse)
    {
        _target = target;
        _refuse = refuse;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(ForwardAsync);
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>Requests answered with an error so far.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <param name="refuse">Given the request's path and body, the status to answer with instead of forwarding it, or null to forward.</param>
    public static async Task<RefusingProxy> StartAsync(Uri target, Func<string, string, int?> refuse)
    {
        var proxy = new RefusingProxy(target, refuse);
        await proxy._app.StartAsync();
        var address = proxy._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy.Url = new Uri(address.TrimEnd('/') + "/");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (_refuse(context.Request.Path, System.Text.Encoding.UTF8.GetString(body.ToArray())) is { } status)
        {
            Interlocked.Increment(ref _refused);
            context.Response.StatusCode = status;
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_target, context.Request.Path.ToString().TrimStart('/') + context.Request.QueryString));
        if (body.Length > 0)
        {
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        }

        if (context.Request.Headers.Authorization.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
        }

        using var response = await _http.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
