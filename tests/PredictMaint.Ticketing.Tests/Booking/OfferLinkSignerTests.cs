using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Booking;

public sealed class OfferLinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock clock = new(Now);

    [Fact]
    public void Verify_OwnToken_ValidWithTicketPurposeAndExpiry()
    {
        var ticket = Guid.NewGuid();
        var signer = Signer("key-one-0123456789abcdef0123456789");

        var link = signer.Verify(signer.Create(ticket, OfferLinkPurpose.Booking, Now.AddDays(7)));

        Assert.Equal(OfferLinkCheck.Valid, link.Check);
        Assert.Equal((ticket, OfferLinkPurpose.Booking, Now.AddDays(7)), (link.TicketId, link.Purpose, link.ExpiresAt));
        Assert.Equal(64, link.UseId.Length);
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_Forged()
    {
        var token = Signer("key-one-0123456789abcdef0123456789").Create(Guid.NewGuid(), OfferLinkPurpose.Booking, Now.AddDays(7));

        Assert.Equal(OfferLinkCheck.Forged, Signer("key-two-0123456789abcdef0123456789").Verify(token).Check);
    }

    [Fact]
    public void Verify_PayloadChanged_Forged()
    {
        var signer = Signer("key-one-0123456789abcdef0123456789");
        var token = signer.Create(Guid.NewGuid(), OfferLinkPurpose.Booking, Now.AddDays(7));
        var other = signer.Create(Guid.NewGuid(), OfferLinkPurpose.Booking, Now.AddDays(70));
        // Another ticket's payload with this token's signature: a holder cannot re-point or extend a link.
        var spliced = other.Split('.')[0] + "." + token.Split('.')[1];

        Assert.Equal(OfferLinkCheck.Forged, signer.Verify(spliced).Check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData(".")]
    [InlineData("AAAA.AAAA")]
    [InlineData("!!!.???")]
    public void Verify_Garbage_ForgedWithoutThrowing(string? token) =>
        Assert.Equal(OfferLinkCheck.Forged, Signer("key-one-0123456789abcdef0123456789").Verify(token).Check);

    [Fact]
    public void Verify_AtOrAfterExpiry_Expired()
    {
        var signer = Signer("key-one-0123456789abcdef0123456789");
        var token = signer.Create(Guid.NewGuid(), OfferLinkPurpose.Booking, Now.AddHours(1));

        clock.Now = Now.AddHours(1).AddSeconds(-1);
        Assert.Equal(OfferLinkCheck.Valid, signer.Verify(token).Check);
        clock.Now = Now.AddHours(1);
        Assert.Equal(OfferLinkCheck.Expired, signer.Verify(token).Check);
    }

    private OfferLinkSigner Signer(string key) =>
        new(Microsoft.Extensions.Options.Options.Create(new OfferOptions { LinkSigningKey = key }), clock);
}
