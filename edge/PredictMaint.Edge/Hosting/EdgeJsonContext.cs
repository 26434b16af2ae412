using System.Text.Json.Serialization;
using PredictMaint.Edge.Uplink;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Edge.Hosting;

/// <summary>Source-generated JSON for everything the agent reads or writes (trimming-safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TelemetryMessage))]
[JsonSerializable(typeof(TelemetrySample))]
[JsonSerializable(typeof(DeviceStatus))]
[JsonSerializable(typeof(DeviceEvent))]
[JsonSerializable(typeof(RemoteConfiguration))]
internal sealed partial class EdgeJsonContext : JsonSerializerContext;
