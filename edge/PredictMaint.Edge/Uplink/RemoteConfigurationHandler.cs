using System.Text.Json;
using Microsoft.Extensions.Logging;
using PredictMaint.Edge.Hosting;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Edge.Uplink;

/// <summary>
/// Handles the retained <c>config</c> topic: parse, validate, swap in atomically, and answer on
/// <c>events</c> with <c>config_applied</c> or <c>config_rejected</c> and the reason. A rejected
/// configuration changes nothing; a re-delivery of the version in force is ignored.
/// </summary>
internal sealed class RemoteConfigurationHandler(
    RuntimeSettingsStore settings, string site, string device, TimeProvider timeProvider, ILogger logger)
{
    public async Task<DeviceEvent?> HandleAsync(ReadOnlyMemory<byte> payload, Func<DeviceEvent, Task> publish)
    {
        ArgumentNullException.ThrowIfNull(publish);
        if (payload.IsEmpty)
        {
            return null; // the retained configuration was cleared; keep running with the current one
        }

        RemoteConfiguration? configuration = null;
        string? reason;
        try
        {
            configuration = JsonSerializer.Deserialize(payload.Span, EdgeJsonContext.Default.RemoteConfiguration);
            reason = configuration is null ? "The configuration is JSON null." : null;
        }
        catch (JsonException ex)
        {
            reason = $"The configuration is not valid JSON for this agent: {ex.Message}";
        }

        if (configuration is not null && configuration.ConfigVersion is { } version && version == settings.Current.ConfigVersion)
        {
            return null;
        }

        var applied = configuration is not null && settings.TryApply(configuration, out reason);
        if (applied)
        {
            UplinkLog.ConfigApplied(logger, configuration!.ConfigVersion);
        }
        else
        {
            UplinkLog.ConfigRejected(logger, reason ?? "unknown");
        }

        var deviceEvent = new DeviceEvent
        {
            SchemaVersion = DeviceEvent.CurrentSchemaVersion,
            SiteId = site,
            DeviceId = device,
            Timestamp = timeProvider.GetUtcNow(),
            Kind = applied ? DeviceEvent.ConfigApplied : DeviceEvent.ConfigRejected,
            ConfigVersion = configuration?.ConfigVersion,
            Reason = applied ? null : reason,
        };
        await publish(deviceEvent);
        return deviceEvent;
    }

    public static MqttApplicationMessage ToMessage(string topic, DeviceEvent deviceEvent) =>
        new(topic, JsonSerializer.SerializeToUtf8Bytes(deviceEvent, ContractsJsonContext.Default.DeviceEvent), MqttQualityOfService.AtLeastOnce);
}
