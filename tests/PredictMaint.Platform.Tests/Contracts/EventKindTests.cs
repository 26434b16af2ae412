using System.Text.Json;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Platform.Tests.Contracts;

public sealed class EventKindTests
{
    [Fact]
    public void Serialize_MaintenanceEvent_CarriesMaintenanceKind()
    {
        var visit = new MaintenanceEvent
        {
            SchemaVersion = 1, SiteId = "s", DeviceId = "d", Timestamp = DateTimeOffset.UnixEpoch, Component = Component.Filter, Action = MaintenanceEvent.Replaced,
        };
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(visit, ContractsJsonContext.Default.MaintenanceEvent));
        Assert.Equal("maintenance", json.RootElement.GetProperty("kind").GetString());
        Assert.NotEqual(DeviceEvent.ConfigApplied, json.RootElement.GetProperty("kind").GetString());
    }
}
