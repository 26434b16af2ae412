using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Security;

/// <summary>
/// The configured API keys, kept only as SHA-256 digests. Comparing fixed-length digests in
/// constant time, and always against every key, leaks neither a key's length nor which key
/// matched how far. Keys are read once at start; changing them needs a restart.
/// </summary>
public sealed class ApiKeyStore
{
    private readonly (byte[] Digest, string Name, string Role)[] keys;

    public ApiKeyStore(IOptions<TicketingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        keys = [.. options.Value.ApiKeys.Select(k => (Digest(k.Key), k.Name, k.Role))];
    }

    /// <summary>The holder of <paramref name="presentedKey"/>, or null when no key matches.</summary>
    public (string Name, string Role)? Find(string presentedKey)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        var presented = Digest(presentedKey);
        (string Name, string Role)? match = null;
        foreach (var key in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, key.Digest))
            {
                match ??= (key.Name, key.Role);
            }
        }

        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
