using System.Text;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Tests.Outbox;

public sealed class WebhookSignatureTests
{
    private const string Secret = "signature-test-secret-0123";
    private static readonly DateTimeOffset Now = new(2040, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"event_id\":\"e1\"}");

    [Fact]
    public void Sign_KnownInput_MatchesIndependentHmac()
    {
        // HMAC-SHA256("signature-test-secret-0123", "2209032000.{\"event_id\":\"e1\"}") computed with the BCL directly.
        var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("2209032000.{\"event_id\":\"e1\"}")));

        Assert.Equal(expected, WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body));
    }

    [Fact]
    public void Verify_FreshValidSignature_True() =>
        Assert.True(WebhookSignature.Verify(Secret, Stamp(Now), WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body), Body, Now, TimeSpan.FromMinutes(5)));

    [Theory]
    [InlineData("other-secret-0123456789", 0, false)]
    [InlineData(Secret, 301, false)]
    [InlineData(Secret, -301, false)]
    [InlineData(Secret, 0, true)]
    public void Verify_SecretOrAge_DecidesAcceptance(string signingSecret, int ageSeconds, bool accepted)
    {
        var signedAt = Now.AddSeconds(-ageSeconds);
        var signature = WebhookSignature.Sign(signingSecret, signedAt.ToUnixTimeSeconds(), Body);

        Assert.Equal(accepted, WebhookSignature.Verify(Secret, Stamp(signedAt), signature, Body, Now, TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("12abc")]
    public void Verify_BadTimestamp_False(string? timestamp) =>
        Assert.False(WebhookSignature.Verify(Secret, timestamp, WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body), Body, Now, TimeSpan.FromMinutes(5)));

    [Fact]
    public void Verify_BodyChangedAfterSigning_False()
    {
        var signature = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body);

        Assert.False(WebhookSignature.Verify(Secret, Stamp(Now), signature, Encoding.UTF8.GetBytes("{\"event_id\":\"e2\"}"), Now, TimeSpan.FromMinutes(5)));
    }

    private static string Stamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
