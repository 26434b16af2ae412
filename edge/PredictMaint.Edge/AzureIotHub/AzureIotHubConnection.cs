using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Edge.AzureIotHub;

/// <summary>
/// The MQTT options and telemetry topic for IoT Hub: client id = device id, user name
/// <c>{hub}/{device}/?api-version=…</c>, a SAS token as the password made anew (renewed before
/// expiry) at every connect, telemetry to <c>devices/{device}/messages/events/</c>. IoT Hub has no
/// retained messages and refuses other topics, so the status, last will and config topics are not used.
/// </summary>
public static class AzureIotHubConnection
{
    public static MqttClientOptionsBuilder Builder(AzureIotHubOptions options, TimeSpan keepAlive, TimeProvider timeProvider, out string telemetryTopic)
    {
        ArgumentNullException.ThrowIfNull(options);
        var renewer = new SasTokenRenewer(options.HostName!, options.DeviceId!, options.DeviceKey!, options.TokenLifetime, timeProvider)
        {
            RenewBefore = options.RenewBefore,
        };
        telemetryTopic = renewer.TelemetryTopic;
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(options.HostName!, options.Port)
            .WithClientId(options.DeviceId!)
            .WithKeepAlive(keepAlive)
            .WithCredentials(renewer.UserName, renewer.Current);
        return options.UseTls ? builder.WithTls(new MqttTlsOptions { TargetHost = options.HostName }) : builder;
    }
}
