using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PredictMaint.Ticketing.Outbox;

/// <summary>
/// HMAC-SHA256 over "{unix seconds}.{body}", sent as <c>X-PredictMaint-Signature: sha256=&lt;hex&gt;</c>
/// with the seconds in <c>X-PredictMaint-Timestamp</c>. Signing the timestamp lets a receiver
/// refuse replays of an old, validly signed request.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-PredictMaint-Signature";
    public const string TimestampHeader = "X-PredictMaint-Timestamp";
    public const string IdempotencyHeader = "Idempotency-Key";

    public static string Sign(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>True when the signature matches (constant-time) and the timestamp is within <paramref name="maxAge"/> of now.</summary>
    public static bool Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan maxAge)
    {
        if (signature is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        if (seconds < 0 || seconds > 253402300799 || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > maxAge)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature));
    }
}
