using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Sends SMS by handing each one to an HTTP gateway adapter: <c>POST {WebhookUrl}</c> with
/// <c>{"id","to","language","text"}</c>, signed like the dispatch webhook
/// (<c>X-PredictMaint-Timestamp</c>, <c>X-PredictMaint-Signature</c>) and carrying
/// <c>Idempotency-Key: id</c>, so a retried send can be recognised. Any non-2xx answer or
/// transport error counts as a failed send and is retried by the relay.
/// </summary>
public sealed class WebhookSmsNotifier(IHttpClientFactory httpClients, IOptions<SmsOptions> options, TimeProvider timeProvider) : IOfferNotifier
{
    public const string SmsChannel = "sms";
    public const string HttpClientName = "sms";

    public string Channel => SmsChannel;

    public async Task SendAsync(OfferMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new SmsRequest(message.Id, message.Recipient, message.Language, message.Body), SmsJsonContext.Default.SmsRequest);
        var seconds = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.IdempotencyHeader, message.Id.ToString("D"));
        request.Headers.Add(WebhookSignature.TimestampHeader, seconds.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(settings.SigningSecret!, seconds, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"SMS gateway answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"SMS gateway did not answer within {settings.RequestTimeout}.");
        }
    }
}
