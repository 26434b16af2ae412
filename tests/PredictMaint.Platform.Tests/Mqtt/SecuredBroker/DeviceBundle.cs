using System.Text.Json;
using PredictMaint.Platform.Configuration;

namespace PredictMaint.Platform.Tests.Mqtt.SecuredBroker;

/// <summary>What <c>./pm provision device</c> wrote: the edge agent's <c>edge.json</c> (sections <c>Edge</c> and <c>Mqtt</c>) and <c>ca.crt</c>.</summary>
internal sealed record DeviceBundle(string Directory, string Site, string Device, MqttSettings Mqtt)
{
    public string ConfigurationFile => Path.Combine(Directory, "edge.json");

    public static DeviceBundle Load(string directory)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "edge.json")));
        var edge = document.RootElement.GetProperty("Edge");
        var mqtt = document.RootElement.GetProperty(MqttSettings.SectionName).Deserialize<MqttSettings>()
            ?? throw new InvalidDataException("edge.json has no Mqtt section.");
        return new DeviceBundle(directory, edge.GetProperty(nameof(Site)).GetString()!, edge.GetProperty(nameof(Device)).GetString()!, mqtt);
    }
}
