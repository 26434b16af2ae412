using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PredictMaint.Edge.AzureIotHub;

/// <summary>
/// Azure IoT Hub shared access signature: HMAC-SHA256, keyed with the base64-decoded device (or
/// policy) key, over <c>URL-encoded resource URI + "\n" + expiry</c> (seconds since the Unix
/// epoch); the token is
/// <c>SharedAccessSignature sr={encoded URI}&amp;sig={URL-encoded base64 signature}&amp;se={expiry}[&amp;skn={policy}]</c>.
/// It is the MQTT password; the Azure device SDK that would make it is not in our feed.
/// </summary>
public static class SasToken
{
    public static string Create(string resourceUri, string base64Key, DateTimeOffset expiresAt, string? policyName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceUri);
        ArgumentException.ThrowIfNullOrEmpty(base64Key);
        var encodedUri = Uri.EscapeDataString(resourceUri);
        var expiry = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Convert.FromBase64String(base64Key), Encoding.UTF8.GetBytes(encodedUri + "\n" + expiry));
        var token = $"SharedAccessSignature sr={encodedUri}&sig={Uri.EscapeDataString(Convert.ToBase64String(signature))}&se={expiry}";
        return policyName is null ? token : $"{token}&skn={Uri.EscapeDataString(policyName)}";
    }

    /// <summary>The resource URI of one device: <c>{hub host}/devices/{device id}</c>.</summary>
    public static string DeviceResourceUri(string hubHostName, string deviceId) => $"{hubHostName}/devices/{deviceId}";
}
