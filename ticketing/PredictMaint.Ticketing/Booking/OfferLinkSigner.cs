using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Signed, expiring links: <c>base64url(ticket id ‖ purpose ‖ expiry) "." base64url(HMAC-SHA256)</c>.
/// The key comes from configuration; the token carries no customer data, only what it grants.
/// </summary>
public sealed class OfferLinkSigner(IOptions<OfferOptions> options, TimeProvider timeProvider)
{
    private const int PayloadBytes = 16 + 1 + 8;

    public string Create(Guid ticketId, OfferLinkPurpose purpose, DateTimeOffset expiresAt)
    {
        var payload = new byte[PayloadBytes];
        ticketId.TryWriteBytes(payload.AsSpan(0, 16), bigEndian: true, out _);
        payload[16] = (byte)purpose;
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(17), expiresAt.ToUnixTimeSeconds());
        return Base64Url(payload) + "." + Base64Url(Sign(payload));
    }

    /// <summary>Checks signature first (a forged token learns nothing more), then expiry against the service clock.</summary>
    public OfferLink Verify(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || token.Length > 200
            || !TryDecode(token[..dot], out var payload) || payload.Length != PayloadBytes
            || !TryDecode(token[(dot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
        {
            return OfferLink.Refused(OfferLinkCheck.Forged);
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(17)));
        if (timeProvider.GetUtcNow() >= expiresAt)
        {
            return OfferLink.Refused(OfferLinkCheck.Expired);
        }

        var useId = Convert.ToHexString(SHA256.HashData(payload));
        return new OfferLink(OfferLinkCheck.Valid, new Guid(payload.AsSpan(0, 16), bigEndian: true), (OfferLinkPurpose)payload[16], expiresAt, useId);
    }

    private byte[] Sign(byte[] payload)
    {
        var key = options.Value.LinkSigningKey ?? throw new InvalidOperationException("Ticketing:Offers:LinkSigningKey is not configured.");
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), payload);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        var buffer = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            bytes = [];
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
