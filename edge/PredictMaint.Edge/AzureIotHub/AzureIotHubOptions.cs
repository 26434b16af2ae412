using System.ComponentModel.DataAnnotations;
using PredictMaint.Edge.Configuration;

namespace PredictMaint.Edge.AzureIotHub;

/// <summary>
/// Configuration section <c>AzureIotHub</c>: when <see cref="HostName"/> is set, the uplink talks
/// to Azure IoT Hub's MQTT endpoint instead of the <c>Mqtt</c> broker, with a SAS token made from
/// the device key. Everything else (queue, batching, acknowledgement) is the normal uplink.
/// </summary>
public sealed class AzureIotHubOptions
{
    public const string SectionName = "AzureIotHub";

    /// <summary>The hub, e.g. <c>myhub.azure-devices.net</c>; empty: IoT Hub mode off.</summary>
    public string? HostName { get; set; }

    /// <summary>The device id registered in the hub.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The device's symmetric key (base64), as shown in the hub's device registry.</summary>
    public string? DeviceKey { get; set; }

    /// <summary>MQTT over TLS; IoT Hub listens on 8883 only.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 8883;

    /// <summary>TLS against the system trust store. Off only to test the path against a local broker.</summary>
    public bool UseTls { get; set; } = true;

    [DurationRange("00:05:00", "365.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A connect within this long of the token's expiry gets a new token.</summary>
    [DurationRange("00:00:00", "1.00:00:00")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromMinutes(5);

    public bool Enabled => !string.IsNullOrWhiteSpace(HostName);
}
