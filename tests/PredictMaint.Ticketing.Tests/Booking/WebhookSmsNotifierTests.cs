using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Booking;

/// <summary>The SMS notifier against a real HTTP listener that checks the signature with its own HMAC code.</summary>
public sealed class WebhookSmsNotifierTests : IAsyncLifetime
{
    private const string Secret = "sms-test-secret-0d3f5a";
    private readonly SmsReceiver receiver = new(Secret);
    private ServiceProvider? services;

    public async Task InitializeAsync()
    {
        await receiver.StartAsync();
        services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    [Fact]
    public async Task SendAsync_GatewayUp_SignedJsonWithIdempotencyKey()
    {
        var message = new OfferMessage("+4915112345678", "en", "unused", "Your filter visit is booked. http://x/status/a.b") { Id = Guid.NewGuid() };

        await Notifier().SendAsync(message);

        var received = Assert.Single(receiver.Received);
        Assert.Equal((message.Id.ToString("D"), "+4915112345678", "en", message.Body), received);
        Assert.Equal(0, receiver.BadSignatures);
    }

    [Fact]
    public async Task SendAsync_GatewayAnswers500_ThrowsSoTheRelayRetries()
    {
        receiver.Failing = true;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Notifier().SendAsync(new OfferMessage("+4915112345678", "en", "s", "b")));

        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task SendAsync_WrongSecret_GatewayRefuses()
    {
        var notifier = Notifier(secret: "another-secret-9a8b7c6d");

        await Assert.ThrowsAsync<HttpRequestException>(() => notifier.SendAsync(new OfferMessage("+4915112345678", "en", "s", "b")));

        Assert.Equal(1, receiver.BadSignatures);
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }

    private WebhookSmsNotifier Notifier(string secret = Secret) => new(
        services!.GetRequiredService<IHttpClientFactory>(),
        Microsoft.Extensions.Options.Options.Create(new SmsOptions { WebhookUrl = receiver.Url, SigningSecret = secret }),
        TimeProvider.System);
}
