namespace PredictMaint.Edge.AzureIotHub;

/// <summary>
/// Hands out a device token and makes a new one once the current one is within
/// <see cref="RenewBefore"/> of expiring, so a reconnect never presents an expired password.
/// </summary>
public sealed class SasTokenRenewer(string hubHostName, string deviceId, string base64Key, TimeSpan lifetime, TimeProvider timeProvider)
{
    private string? _token;
    private DateTimeOffset _expiresAt;

    public TimeSpan RenewBefore { get; init; } = TimeSpan.FromMinutes(5);

    public DateTimeOffset ExpiresAt => _expiresAt;

    public string Current()
    {
        var now = timeProvider.GetUtcNow();
        if (_token is null || now >= _expiresAt - RenewBefore)
        {
            _expiresAt = now + lifetime;
            _token = SasToken.Create(SasToken.DeviceResourceUri(hubHostName, deviceId), base64Key, _expiresAt);
        }

        return _token;
    }

    /// <summary>MQTT user name IoT Hub expects from a device.</summary>
    public string UserName => $"{hubHostName}/{deviceId}/?api-version=2021-04-12";

    /// <summary>Topic for device-to-cloud messages.</summary>
    public string TelemetryTopic => $"devices/{deviceId}/messages/events/";
}
