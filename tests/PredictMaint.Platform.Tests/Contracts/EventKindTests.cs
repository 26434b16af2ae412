using System.Text.Json;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Platform.Tests.Contracts;

public sealed class EventKindTests
{
    [Fact]
    public void Serialize_MaintenanceEvent_HasKindAndOmitsConfigFields()
    {
        var visit = new DeviceEvent
        {
            SchemaVersion = 1, SiteId = "s", DeviceId = "d", Timestamp = DateTimeOffset.UnixEpoch,
            Kind = DeviceEvent.Maintenance, Component = Component.Filter, Action = DeviceEvent.Replaced,
        };
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(visit, ContractsJsonContext.Default.DeviceEvent));
        Assert.Equal("maintenance", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("replaced", json.RootElement.GetProperty("action").GetString());
        Assert.False(json.RootElement.TryGetProperty("config_version", out _));
    }

    [Fact]
    public void Deserialize_EventWithoutKind_IsRejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"v":1,"site":"s","device":"d","ts":"2026-01-01T00:00:00Z","component":"filter"}""", ContractsJsonContext.Default.DeviceEvent));
}
